import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { InkCalcError } from '../pipeline/errors.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the page vite built into `distDir`. The build writes .br and .gz beside each
 * file, so preCompressed serves those without compressing per request. Files under
 * /assets/ carry a content hash in their name and never change, so they are cached for
 * good; everything else (index.html above all) must be revalidated, or a deploy would
 * leave browsers on the old page pointing at deleted assets.
 */
export async function registerPage(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) {
    // Answered here, not thrown: errorReply hides every 5xx message as a server fault, and
    // this one tells the operator what to do.
    const error = new InkCalcError(
      'page-not-built',
      `The page is not built (dist/index.html is missing). Run \`npm run build\`, then restart the server; the API under /api/ works without it.`,
    );
    app.get('/', async (_request, reply) =>
      reply.code(error.status).send({ error: error.toJSON() }),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = /[\\/]assets[\\/]/.test(path.slice(distDir.length));
      reply.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
    },
  });
}
