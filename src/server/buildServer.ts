import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { InkCalcError } from '../pipeline/errors.ts';
import { recognize } from '../pipeline/recognize.ts';
import type { Recognition } from '../pipeline/types.ts';
import { decodeImage } from '../runtime/decodeImage.ts';
import type { NodeClassifier } from '../runtime/loadNodeClassifier.ts';
import type { ServerConfig } from './config.ts';
import { errorReply } from './errorReply.ts';
import { readImageField } from './readImageField.ts';
import { readRecognizeInput } from './readRecognizeInput.ts';
import { registerModelRoutes } from './registerModelRoutes.ts';
import { registerPage } from './registerPage.ts';
import { securityHeaders } from './securityHeaders.ts';

type ServerClassifier = Pick<NodeClassifier, 'labels' | 'classify' | 'path' | 'info'>;

// The page is built to run under exactly this policy; 'wasm-unsafe-eval' is what
// onnxruntime-web needs to compile its WebAssembly, and nothing looser is allowed.
const SECURITY_HEADERS = securityHeaders({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/**
 * The HTTP edge, ready to inject or listen: parse and validate the request, call
 * recognize(), send its result untouched. All recognition lives in the pipeline; all
 * refusals leave through errorReply.
 */
export async function buildServer(
  config: ServerConfig,
  classifier: ServerClassifier,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    connectionTimeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Node applies requestTimeout to the body only when it is set at creation, and checks
    // it every 30 s by default: a client dribbling a byte at a time would never be cut off.
    http: {
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs),
    },
  });
  app.setErrorHandler(errorReply);
  app.setNotFoundHandler(async (request) => {
    throw new InkCalcError(
      'not-found',
      `No route for ${request.method} ${request.url.slice(0, 200)}. ` +
        `The API is POST /api/recognize (and POST /predict); GET /api/health and /api/model describe the server.`,
    );
  });

  // Before anything can answer, so that refusals (404, 413, 429) carry them too.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  if (config.rateLimitMax > 0) {
    await app.register(fastifyRateLimit, {
      max: config.rateLimitMax,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new InkCalcError(
          'rate-limited',
          `Too many requests from this address (the limit is ${context.max} a minute); retry in ${context.after}.`,
        ),
    });
  }
  await app.register(fastifyFormbody);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: true,
    limits: {
      fileSize: config.bodyLimit,
      fieldSize: config.bodyLimit,
      files: 1,
      fields: 16,
      parts: 17,
    },
  });
  // Fastify reads text/plain by default; here it would only turn a wrong Content-Type into
  // a confusing "not an object" instead of a clear 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    ['image/png', 'image/jpeg', 'image/jpg'],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  // Whatever the client still waits for, the answer is owed within the request timeout;
  // Node's own timeouts only cover receiving the request, not the work on it.
  const answer = (work: Promise<Recognition>): Promise<Recognition> =>
    deadline(work, config.requestTimeoutMs);

  app.post('/api/recognize', async (request) => {
    const input = await readRecognizeInput(request, config);
    return answer(recognize(input, classifier));
  });

  // The old app's contract, kept for its clients: a 280×280 canvas as a data URL in form
  // field `image`, answered with the recognised text.
  app.post('/predict', async (request) => {
    const image = await decodeImage(await readImageField(request.body, 'image'), config);
    const result = await answer(recognize({ image }, classifier));
    return { prediction: result.text };
  });

  registerModelRoutes(app, classifier);
  await registerPage(app, config.distDir);
  return app;
}

function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new InkCalcError(
            'timeout',
            `Recognition took longer than ${ms} ms; try again, or with less ink.`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
