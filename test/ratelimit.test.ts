import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { buildServer } from '../src/server/buildServer.ts';
import { loadConfig } from '../src/server/config.ts';

const DIGIT = JSON.stringify({
  strokes: [
    [
      [40, 10],
      [42, 60],
      [41, 110],
    ],
  ],
});

let classifier: NodeClassifier;
const apps: FastifyInstance[] = [];

async function serverWith(rateLimitMax: string, trustProxy = ''): Promise<FastifyInstance> {
  const config = {
    ...loadConfig({
      RATE_LIMIT_MAX: rateLimitMax,
      TRUST_PROXY: trustProxy,
      LOG_LEVEL: 'silent',
      ORT_THREADS: '1',
    }),
    distDir: join(tmpdir(), 'ink-calc-ratelimit-no-dist'),
  };
  const app = await buildServer(config, classifier);
  apps.push(app);
  return app;
}

const recognise = (app: FastifyInstance, remoteAddress = '127.0.0.1', forwardedFor?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/recognize',
    payload: DIGIT,
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
    },
    remoteAddress,
  });

beforeAll(async () => {
  classifier = await loadNodeClassifier('models/symbols.onnx', { threads: 1 });
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await classifier?.close();
});

describe('rate limiting', () => {
  it('refuses the 6th request in a minute from one address with RATE_LIMIT_MAX=5, and only that address', async () => {
    const app = await serverWith('5');
    for (let i = 0; i < 5; i++) {
      const res = await recognise(app);
      expect(res.statusCode, `request ${i + 1}: ${res.body}`).toBe(200);
    }
    const sixth = await recognise(app);
    expect(sixth.statusCode).toBe(429);
    expect(String(sixth.headers['content-type'])).toMatch(/^application\/json/);
    const body = JSON.parse(sixth.body) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toStrictEqual(['error']);
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toContain('5');
    // A client told to slow down needs to know for how long.
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);

    // The health check counts too: it is the same client hammering the same server.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(429);
    expect((await recognise(app, '10.0.0.2')).statusCode).toBe(200);
  });

  it('behind a proxy named in TRUST_PROXY, limits each forwarded client on its own', async () => {
    const app = await serverWith('2', '10.0.0.1');
    const fromProxy = (client: string) => recognise(app, '10.0.0.1', client);
    expect((await fromProxy('203.0.113.5')).statusCode).toBe(200);
    expect((await fromProxy('203.0.113.5')).statusCode).toBe(200);
    expect((await fromProxy('203.0.113.5')).statusCode).toBe(429);
    expect((await fromProxy('198.51.100.9')).statusCode).toBe(200);
    // A client that is not the proxy cannot pick a fresh bucket by writing the header itself.
    expect((await recognise(app, '192.0.2.1', '198.51.100.1')).statusCode).toBe(200);
    expect((await recognise(app, '192.0.2.1', '198.51.100.2')).statusCode).toBe(200);
    expect((await recognise(app, '192.0.2.1', '198.51.100.3')).statusCode).toBe(429);
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For: all behind one proxy share its limit', async () => {
    const app = await serverWith('2');
    expect((await recognise(app, '10.0.0.1', '203.0.113.5')).statusCode).toBe(200);
    expect((await recognise(app, '10.0.0.1', '198.51.100.9')).statusCode).toBe(200);
    expect((await recognise(app, '10.0.0.1', '192.0.2.77')).statusCode).toBe(429);
  });

  it('lets 50 requests in a row through with RATE_LIMIT_MAX=0', async () => {
    const app = await serverWith('0');
    for (let i = 0; i < 50; i++) {
      const res = await recognise(app);
      expect(res.statusCode, `request ${i + 1}: ${res.body}`).toBe(200);
    }
  });
});
