import type { FastifyRequest } from 'fastify';
import { InkCalcError } from '../pipeline/errors.ts';
import type { RecognizeInput } from '../pipeline/recognize.ts';
import { decodeImage } from '../runtime/decodeImage.ts';
import type { ServerConfig } from './config.ts';
import { parseDataUrl } from './parseDataUrl.ts';
import { parseStrokes } from './parseStrokes.ts';
import { readImageField } from './readImageField.ts';

type Limits = Pick<ServerConfig, 'maxPixels' | 'maxStrokes' | 'maxPoints'>;

const SHAPE = '{"strokes": [[[x, y], ...], ...]} or {"image": "data:image/png;base64,..."}';

/**
 * Turns a POST /api/recognize body, in any of its accepted forms, into the pipeline's
 * input: a raw image body arrives as a Buffer (our content-type parser), a form as its
 * fields, JSON as an object.
 */
export async function readRecognizeInput(
  request: FastifyRequest,
  limits: Limits,
): Promise<RecognizeInput> {
  const body = request.body;
  if (Buffer.isBuffer(body)) return { image: await decodeImage(body, limits) };
  if (request.isMultipart() || isForm(request)) {
    return { image: await decodeImage(await readImageField(body, 'image'), limits) };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const got = Array.isArray(body) ? 'an array (wrap it: {"strokes": [...]})' : String(body);
    throw new InkCalcError('bad-request', `The body must be a JSON object, ${SHAPE}; got ${got}.`);
  }
  const hasStrokes = 'strokes' in body;
  const hasImage = 'image' in body;
  if (hasStrokes === hasImage) {
    throw new InkCalcError(
      'bad-request',
      hasStrokes
        ? 'The body has both "strokes" and "image"; send one of them.'
        : `The body has neither "strokes" nor "image"; send ${SHAPE}.`,
    );
  }
  const fields = body as { strokes?: unknown; image?: unknown };
  if (hasStrokes) return { strokes: parseStrokes(fields.strokes, limits) };
  return { image: await decodeImage(parseDataUrl(fields.image, 'image'), limits) };
}

function isForm(request: FastifyRequest): boolean {
  return /^application\/x-www-form-urlencoded/i.test(request.headers['content-type'] ?? '');
}
