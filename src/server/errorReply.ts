import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InkCalcError, type RequestErrorCode } from '../pipeline/errors.ts';

export interface ErrorBody {
  readonly error: { readonly code: RequestErrorCode; readonly message: string };
}

const ACCEPTED =
  'application/json ({"strokes": [[[x, y], ...], ...]} or {"image": "data:image/png;base64,..."}), ' +
  'image/png, image/jpeg, application/x-www-form-urlencoded or multipart/form-data with an "image" field';

const TOO_LARGE = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
]);
const BAD_JSON = new Set([
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_INVALID_JSON_FIELD_ERROR',
]);

/**
 * The server's one error handler: every refusal, ours or Fastify's, leaves as
 * `{"error": {"code", "message"}}` with a stable code clients can switch on. Server
 * faults are logged in full and answered with a generic message, so no stack trace or
 * path ever reaches a client.
 */
export function errorReply(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const e = classify(error, request);
  if (e.status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: e.code, reason: e.message }, 'request refused');
  const body: ErrorBody = { error: { code: e.code, message: e.message } };
  return reply.code(e.status).type('application/json; charset=utf-8').send(body);
}

function classify(error: FastifyError | Error, request: FastifyRequest): InkCalcError {
  if (error instanceof InkCalcError) {
    return error.status >= 500 ? internal() : error;
  }
  const code = 'code' in error ? String(error.code) : '';
  const status = 'statusCode' in error ? Number(error.statusCode) : 500;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = request.headers['content-type'] ?? '(none)';
    return new InkCalcError(
      'unsupported-media-type',
      `Content-Type ${type} is not accepted; send ${ACCEPTED}.`,
    );
  }
  if (TOO_LARGE.has(code) || status === 413) {
    const limit = request.server.initialConfig.bodyLimit ?? 0;
    return new InkCalcError(
      'body-too-large',
      `The request is larger than the limit of ${limit} bytes (one image per request); ` +
        `send a smaller image or fewer points.`,
    );
  }
  if (BAD_JSON.has(code)) {
    return new InkCalcError(
      'bad-json',
      `The request body is not valid JSON; send ${ACCEPTED.split(', image/png')[0]}.`,
    );
  }
  if ('validation' in error && error.validation) {
    return new InkCalcError('bad-request', `The request is not valid: ${error.message}.`);
  }
  if (status === 404) {
    return new InkCalcError('not-found', `No such resource: ${request.method} ${request.url}.`);
  }
  if (status === 429) {
    return new InkCalcError('rate-limited', `Too many requests; ${error.message}.`);
  }
  if (status === 408) {
    return new InkCalcError('timeout', 'The request took too long; try again with less ink.');
  }
  // Fastify's other 4xx messages describe the request, not the server, so they can go out.
  if (status >= 400 && status < 500) return new InkCalcError('bad-request', error.message);
  // The multipart parser throws plain errors (no status) for a body it cannot read.
  if (!('statusCode' in error) && request.isMultipart()) {
    return new InkCalcError(
      'bad-request',
      `The multipart body is malformed (${error.message}); send one part named "image".`,
    );
  }
  return internal();
}

function internal(): InkCalcError {
  return new InkCalcError(
    'internal',
    'Something went wrong on the server; try again, and report it if it keeps happening.',
  );
}
