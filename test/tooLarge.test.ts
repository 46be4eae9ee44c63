// A drawn 9^9^9 (some 370 million digits) must be refused from an estimate of its size
// while a calculation sent alongside is answered; no clock is read, because computing it
// would hold the event loop past the test's timeout and end as 'internal', not 'too-large'.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { buildServer } from '../src/server/buildServer.ts';
import { loadConfig } from '../src/server/config.ts';
import { GLYPHS, type Pt } from './support/glyphs.ts';
import { fitInk, layoutInk } from './support/layoutInk.ts';

let classifier: NodeClassifier;
let app: FastifyInstance;
let base: URL;

beforeAll(async () => {
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', ORT_THREADS: '1' }),
    distDir: join(tmpdir(), 'ink-calc-too-large-no-dist'),
  };
  classifier = await loadNodeClassifier(config.modelPath, { threads: 1 });
  app = await buildServer(config, classifier);
  base = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
});

afterAll(async () => {
  await app?.close();
  await classifier?.close();
});

/**
 * Symbols each raised as the exponent of the one before: half its height, its middle at
 * that one's top, as layoutInk raises one level (it raises no further).
 */
function tower(symbols: string): Pt[][] {
  const strokes: Pt[][] = [];
  let [x, top, height] = [0, 0, 1];
  for (const c of symbols) {
    const glyph = GLYPHS[c]!;
    for (const stroke of glyph.strokes) {
      strokes.push(stroke.map(([gx, gy]): Pt => [x + gx * height, top + gy * height]));
    }
    x += (glyph.width + 0.32) * height;
    height /= 2;
    top -= height / 2;
  }
  return fitInk(strokes, { x: 40, y: 40, width: 400, height: 200 });
}

interface Reading {
  text: string;
  value: string | null;
  symbols: { symbol: string; place?: { role: string; level: number } }[];
  error: { code: string; message: string } | null;
}

async function recognizeOverHttp(strokes: Pt[][]): Promise<Reading> {
  const res = await fetch(new URL('/api/recognize', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ strokes }),
  });
  expect(res.status, 'a refused power is an answer, not a refused request').toBe(200);
  return (await res.json()) as Reading;
}

describe('a power too large to write out', () => {
  it('is refused from its estimated size while another request is answered', async () => {
    const [huge, plain] = await Promise.all([
      recognizeOverHttp(tower('999')),
      recognizeOverHttp(layoutInk('2+2', { x: 40, top: 60, height: 100 })),
    ]);

    // The drawing reads as 9 to the power 9^9, each 9 one level higher than the last.
    expect(huge.text).toBe('9^(9^9)');
    expect(huge.symbols.map((s) => `${s.symbol}@${s.place?.level ?? 0}`)).toEqual([
      '9@0',
      '9@1',
      '9@2',
    ]);
    expect(huge.value).toBeNull();
    expect(huge.error?.code, huge.error?.message).toBe('too-large');
    expect(huge.error?.message).toMatch(/^The power at symbol 2 has more than 10000 digits/);

    expect(plain.text).toBe('2+2');
    expect(plain.error).toBeNull();
    expect(plain.value).toBe('4');
  });
});
