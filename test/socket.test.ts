import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { buildServer } from '../src/server/buildServer.ts';
import { loadConfig } from '../src/server/config.ts';

// inject() bypasses the socket; this one request goes through Node's HTTP server, so the
// timeouts, body streaming and headers are those a browser would meet.
let classifier: NodeClassifier;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', ORT_THREADS: '1' });
  classifier = await loadNodeClassifier(config.modelPath, { threads: 1 });
  app = await buildServer(config, classifier);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app?.close();
  await classifier?.close();
});

it('recognises strokes posted over a real socket', async () => {
  const body = readFileSync(new URL('./fixtures/sum.json', import.meta.url));
  const res = await fetch(`${base}/api/recognize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  const r = (await res.json()) as { text: string; symbols: unknown[] };
  expect(typeof r.text).toBe('string');
  expect(r.symbols.length).toBeGreaterThan(0);

  const missing = await fetch(`${base}/api/nope`);
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: 'not-found' } });
});
