// Builds the page (when dist/ is missing or older than its sources) and serves dist/
// from a tiny static server with the production CSP, so the browser tests need neither
// the Fastify server nor a network. With `api: true` it also answers POST /api/recognize
// (strokes as JSON, or an image) with the real pipeline in Node, for the page's server
// fallback.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'node_modules', '.cache', 'ink-calc-e2e-build.lock');

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

const SOURCES = [
  'index.html',
  'vite.config.ts',
  'src/web',
  'src/pipeline',
  'src/runtime',
  'models',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(): boolean {
  const built = join(DIST, 'index.html');
  if (!existsSync(built) || !existsSync(join(DIST, 'model', 'model.onnx'))) return false;
  return statSync(built).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
}

/** Builds dist/ once, even when several test files ask at the same time. */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (isFresh()) return;
    mkdirSync(join(LOCK, '..'), { recursive: true });
    try {
      mkdirSync(LOCK);
    } catch {
      // Someone else is building; a lock older than 3 minutes is a crashed build.
      if (Date.now() - statSync(LOCK).mtimeMs > 180_000)
        rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (isFresh()) return;
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveDist(options: { api?: boolean } = {}): Promise<Served> {
  const recognizeApi = options.api ? await loadApi() : null;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.method === 'POST' && path === '/api/recognize' && recognizeApi) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        recognizeApi(Buffer.concat(chunks), req.headers['content-type'] ?? '').then(
          (body) => {
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.end(body);
          },
          (e: unknown) => {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: { code: 'bad-request', message: String(e) } }));
          },
        );
      });
      return;
    }
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function loadApi(): Promise<(body: Buffer, type: string) => Promise<string>> {
  const { loadNodeClassifier } = await import('../../src/runtime/loadNodeClassifier.ts');
  const { decodeImage } = await import('../../src/runtime/decodeImage.ts');
  const { recognize } = await import('../../src/pipeline/recognize.ts');
  const classifier = await loadNodeClassifier(join(ROOT, 'models', 'symbols.onnx'), { threads: 1 });
  return async (body, type) => {
    if (type.startsWith('image/')) {
      const image = await decodeImage(body, { maxPixels: 16_000_000 });
      return JSON.stringify(await recognize({ image }, classifier));
    }
    const { strokes } = JSON.parse(body.toString('utf8')) as {
      strokes: [number, number, number?][][];
    };
    return JSON.stringify(await recognize({ strokes }, classifier));
  };
}
