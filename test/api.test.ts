import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { buildServer } from '../src/server/buildServer.ts';
import { loadConfig, type ServerConfig } from '../src/server/config.ts';

const FIXTURE_MODELS = fileURLToPath(new URL('./fixtures/models/', import.meta.url));

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const SUM = JSON.parse(fixture('sum.json').toString()) as { strokes: number[][][] };
const SUM_PNG = fixture('sum.png');
const SEVEN_PNG = fixture('seven.png');
const dataUrl = (png: Buffer, type = 'image/png'): string =>
  `data:${type};base64,${png.toString('base64')}`;

const EMPTY = {
  text: '',
  latex: '',
  value: null,
  approx: null,
  check: null,
  symbols: [],
  error: null,
  unsure: false,
  doubts: [],
  lines: [],
};
const CSP =
  "default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self';img-src 'self' data: blob:;" +
  "font-src 'self';connect-src 'self';worker-src 'self';object-src 'none';base-uri 'none';" +
  "form-action 'self';frame-ancestors 'none'";

let tmp: string;
let classifier: NodeClassifier;
let config: ServerConfig;
let app: FastifyInstance;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ink-calc-api-'));
  config = {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      MAX_PIXELS: '200000',
      MAX_STROKES: '20',
      MAX_POINTS: '1000',
      BODY_LIMIT: '100000',
      RATE_LIMIT_MAX: '0',
      ORT_THREADS: '1',
    }),
    distDir: join(tmp, 'no-dist'),
  };
  classifier = await loadNodeClassifier(config.modelPath, { threads: 1 });
  app = await buildServer(config, classifier);
});

afterAll(async () => {
  await app?.close();
  await classifier?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const postJson = (url: string, body: unknown): Promise<LightMyRequestResponse> =>
  app.inject({
    method: 'POST',
    url,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

/** A multipart body by hand, so the test controls exactly what a browser's FormData sends. */
function multipart(
  name: string,
  value: Buffer | string,
  file?: { filename: string; type: string },
) {
  const boundary = '----inkcalc' + Math.random().toString(16).slice(2);
  const head = file
    ? `Content-Disposition: form-data; name="${name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n`
    : `Content-Disposition: form-data; name="${name}"\r\n`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\n${head}\r\n`),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function expectError(res: LightMyRequestResponse, status: number, code: string): string {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d/);
  return body.error.message as string;
}

function expectRecognition(res: LightMyRequestResponse, fromStrokes: boolean) {
  expect(res.statusCode, res.body).toBe(200);
  const r = res.json();
  expect(Object.keys(r).sort()).toEqual([
    'approx',
    'check',
    'doubts',
    'error',
    'latex',
    'lines',
    'symbols',
    'text',
    'unsure',
    'value',
  ]);
  // One line of writing: the top level is that line's reading, field for field.
  expect(r.lines).toHaveLength(1);
  const { box, ...line } = r.lines[0];
  expect(box).toHaveLength(4);
  expect(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'lines'))).toStrictEqual(line);
  expect(typeof r.text).toBe('string');
  expect(r.unsure).toBe(r.doubts.length > 0);
  expect(r.symbols.length).toBeGreaterThan(0);
  expect(r.text).toBe(r.symbols.map((s: { symbol: string }) => s.symbol).join(''));
  for (const s of r.symbols) {
    expect(typeof s.symbol).toBe('string');
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.box).toHaveLength(4);
    expect(Array.isArray(s.alternatives)).toBe(true);
    expect('strokes' in s).toBe(fromStrokes);
  }
  return r;
}

describe('POST /api/recognize', () => {
  it('reads JSON strokes and answers with boxes in the input units and every stroke used once', async () => {
    const r = expectRecognition(await postJson('/api/recognize', SUM), true);
    const xs = SUM.strokes.flat().map((p) => p[0]!);
    const ys = SUM.strokes.flat().map((p) => p[1]!);
    for (const s of r.symbols) {
      const [x, y, w, h] = s.box;
      expect(x).toBeGreaterThanOrEqual(Math.min(...xs) - 1);
      expect(y).toBeGreaterThanOrEqual(Math.min(...ys) - 1);
      expect(x + w).toBeLessThanOrEqual(Math.max(...xs) + 1);
      expect(y + h).toBeLessThanOrEqual(Math.max(...ys) + 1);
    }
    const used = r.symbols
      .flatMap((s: { strokes: number[] }) => s.strokes)
      .sort((a: number, b: number) => a - b);
    expect(used).toEqual(SUM.strokes.map((_, i) => i));
  });

  it('answers an empty drawing with exactly the empty result', async () => {
    for (const strokes of [[], [[]], [[], []]]) {
      const res = await postJson('/api/recognize', { strokes });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toStrictEqual(EMPTY);
    }
  });

  it('accepts points with a time and points without', async () => {
    const strokes = SUM.strokes.map((s, i) => (i % 2 ? s.map(([x, y]) => [x, y]) : s));
    expectRecognition(await postJson('/api/recognize', { strokes }), true);
  });

  it('reads a PNG data URL, a JPEG data URL, raw PNG and JPEG bodies, and a multipart upload', async () => {
    const jpeg = await sharp(SUM_PNG).jpeg({ quality: 90 }).toBuffer();
    expectRecognition(await postJson('/api/recognize', { image: dataUrl(SUM_PNG) }), false);
    expectRecognition(
      await postJson('/api/recognize', { image: dataUrl(jpeg, 'image/jpeg') }),
      false,
    );
    for (const [type, body] of [
      ['image/png', SUM_PNG],
      ['image/jpeg', jpeg],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/recognize',
        payload: body,
        headers: { 'content-type': type },
      });
      expectRecognition(res, false);
    }
    const file = multipart('image', SUM_PNG, { filename: 'sum.png', type: 'image/png' });
    expectRecognition(await app.inject({ method: 'POST', url: '/api/recognize', ...file }), false);
    const field = multipart('image', dataUrl(SUM_PNG));
    expectRecognition(await app.inject({ method: 'POST', url: '/api/recognize', ...field }), false);
  });

  it('gives the same answer for the strokes and for the image of the same drawing', async () => {
    const a = (await postJson('/api/recognize', SUM)).json();
    const b = (await postJson('/api/recognize', { image: dataUrl(SUM_PNG) })).json();
    expect(b.symbols).toHaveLength(a.symbols.length);
  });

  it('reads a phone photo of the drawing (shadow, vignette, JPEG) as it reads the clean PNG', async () => {
    const clean = (await postJson('/api/recognize', { image: dataUrl(SUM_PNG) })).json();
    const res = await app.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: fixture('sum-photo.jpg'),
      headers: { 'content-type': 'image/jpeg' },
    });
    expectRecognition(res, false);
    const photo = res.json();
    expect(photo.text).toBe(clean.text);
    expect(photo.value).toBe(clean.value);
  });

  it('refuses broken JSON, an empty body and wrong media types', async () => {
    expectError(await postJson('/api/recognize', '{"strokes": [[[1, 2]]'), 400, 'bad-json');
    expectError(await postJson('/api/recognize', ''), 400, 'bad-json');
    for (const type of ['text/plain', 'application/xml', 'image/gif']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/recognize',
        payload: 'x',
        headers: { 'content-type': type },
      });
      expect(expectError(res, 415, 'unsupported-media-type')).toContain(type);
    }
  });

  it('refuses wrong shapes naming the path', async () => {
    const cases: [unknown, string][] = [
      [{ strokes: 'abc' }, 'strokes must be an array'],
      [{ strokes: null }, 'strokes must be an array'],
      [{ strokes: [[1, 2]] }, 'strokes[0][0]'],
      [{ strokes: [[[1, 2], null]] }, 'strokes[0][1]'],
      [{ strokes: [[[1, 2]], [['1', 2]]] }, 'strokes[1][0][0]'],
      [
        {
          strokes: [
            [
              [1, 2],
              [3, { y: 4 }],
            ],
          ],
        },
        'strokes[0][1][1]',
      ],
      [{ strokes: [[[1]]] }, 'strokes[0][0] has 1 value;'],
      [{ strokes: [[[1, 2, 3, 4]]] }, 'strokes[0][0] has 4 values'],
      [{ strokes: { 0: [[1, 2]] } }, 'strokes must be an array'],
      [[[[1, 2]]], 'wrap it'],
      [{}, 'neither'],
      [{ strokes: [], image: 'data:image/png;base64,' }, 'both'],
      [{ image: 42 }, 'image must be a data URL'],
    ];
    for (const [body, named] of cases) {
      expect(expectError(await postJson('/api/recognize', body), 400, 'bad-request')).toContain(
        named,
      );
    }
  });

  it('refuses coordinates that are not finite or absurdly large, naming stroke and point', async () => {
    const huge = expectError(
      await postJson('/api/recognize', {
        strokes: [
          [[1, 2]],
          [
            [3, 4],
            [5, 1e308],
          ],
        ],
      }),
      400,
      'bad-coordinate',
    );
    expect(huge).toContain('Stroke 1, point 1');
    expect(huge).toContain('1e+308');
    // 1e999 is valid JSON that parses to Infinity: the one way a non-finite number gets in.
    const inf = expectError(
      await postJson('/api/recognize', '{"strokes": [[[1, 2], [-1e999, 4]]]}'),
      400,
      'bad-coordinate',
    );
    expect(inf).toContain('Stroke 0, point 1');
    expect(inf).toContain('-Infinity');
    expectError(
      await postJson('/api/recognize', '{"strokes": [[[1, 2, 1e999]]]}'),
      400,
      'bad-coordinate',
    );
  });

  it('refuses too many strokes and too many points with the count and the limit', async () => {
    const strokes = Array.from({ length: 21 }, (_, i) => [
      [i, 0],
      [i, 10],
    ]);
    const many = expectError(
      await postJson('/api/recognize', { strokes }),
      413,
      'too-many-strokes',
    );
    expect(many).toContain('21 strokes');
    expect(many).toContain('20');
    const long = [Array.from({ length: 1001 }, (_, i) => [i % 50, Math.floor(i / 50)])];
    const points = expectError(
      await postJson('/api/recognize', { strokes: long }),
      413,
      'too-many-points',
    );
    expect(points).toContain('1001 points');
    expect(points).toContain('1000');
  });

  it('refuses data URLs that are not PNG or JPEG images', async () => {
    const cases = [
      'data:text/plain;base64,aGVsbG8=',
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'data:image/png,rawbytes',
      'data:image/png;base64,!!!notbase64',
      'hello',
      `data:image/png;base64,${Buffer.from('GIF89a not really a png').toString('base64')}`,
      'data:image/png;base64,',
    ];
    for (const image of cases)
      expectError(await postJson('/api/recognize', { image }), 400, 'bad-image');
    const raw = await app.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: Buffer.from('not a png'),
      headers: { 'content-type': 'image/png' },
    });
    expectError(raw, 400, 'bad-image');
  });

  it('refuses an image over MAX_PIXELS with its size and the limit', async () => {
    const big = await sharp({
      create: { width: 500, height: 500, channels: 3, background: 'white' },
    })
      .png()
      .toBuffer();
    const message = expectError(
      await postJson('/api/recognize', { image: dataUrl(big) }),
      413,
      'image-too-large',
    );
    expect(message).toContain('500×500');
    expect(message).toContain('200000');
    const raw = await app.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: big,
      headers: { 'content-type': 'image/png' },
    });
    expectError(raw, 413, 'image-too-large');
  });

  it('refuses bodies over BODY_LIMIT in every form', async () => {
    const blob = Buffer.alloc(150_000, 1);
    expectError(
      await postJson('/api/recognize', { image: 'x'.repeat(150_000) }),
      413,
      'body-too-large',
    );
    const raw = await app.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: blob,
      headers: { 'content-type': 'image/png' },
    });
    expectError(raw, 413, 'body-too-large');
    const file = multipart('image', blob, { filename: 'big.png', type: 'image/png' });
    expectError(
      await app.inject({ method: 'POST', url: '/api/recognize', ...file }),
      413,
      'body-too-large',
    );
    const field = multipart('image', 'data:image/png;base64,' + 'A'.repeat(150_000));
    expectError(
      await app.inject({ method: 'POST', url: '/api/recognize', ...field }),
      413,
      'body-too-large',
    );
  });

  it('answers a server fault with a generic message and no details', async () => {
    const broken = await buildServer(config, {
      ...classifier,
      classify: async () => {
        throw new Error('onnx exploded in /secret/path/model.onnx');
      },
    });
    const res = await broken.inject({ method: 'POST', url: '/api/recognize', payload: SUM });
    expect(expectError(res, 500, 'internal')).not.toContain('secret');
    await broken.close();
  });

  it('answers with a timeout when recognition outlasts REQUEST_TIMEOUT_MS', async () => {
    // The real classifier, only slower: what a saturated CPU looks like from outside.
    const slow = await buildServer(
      { ...config, requestTimeoutMs: 100 },
      {
        ...classifier,
        classify: async (images) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          return classifier.classify(images);
        },
      },
    );
    const res = await slow.inject({ method: 'POST', url: '/api/recognize', payload: SUM });
    expect(expectError(res, 408, 'timeout')).toContain('100 ms');
    await slow.close();
  });
});

describe('POST /predict (the old app contract)', () => {
  const seven = dataUrl(SEVEN_PNG);

  it('reads a urlencoded canvas data URL, encoded or with raw + signs', async () => {
    for (const payload of [`image=${encodeURIComponent(seven)}`, `image=${seven}`]) {
      const res = await app.inject({
        method: 'POST',
        url: '/predict',
        payload,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toStrictEqual({ prediction: '7' });
    }
  });

  it('reads a multipart field or file', async () => {
    for (const form of [
      multipart('image', seven),
      multipart('image', SEVEN_PNG, { filename: 'blob', type: 'image/png' }),
    ]) {
      const res = await app.inject({ method: 'POST', url: '/predict', ...form });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toStrictEqual({ prediction: '7' });
    }
  });

  it('answers an empty canvas with an empty prediction and several symbols with the text', async () => {
    const blank = await sharp({
      create: { width: 280, height: 280, channels: 4, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    const res = await app.inject({
      method: 'POST',
      url: '/predict',
      payload: `image=${encodeURIComponent(dataUrl(blank))}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.json()).toStrictEqual({ prediction: '' });
    const sum = await app.inject({
      method: 'POST',
      url: '/predict',
      payload: `image=${encodeURIComponent(dataUrl(SUM_PNG))}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(typeof sum.json().prediction).toBe('string');
    expect(sum.json().prediction.length).toBeGreaterThan(1);
  });

  it('refuses a form without an image and a non-image', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(
      expectError(
        await app.inject({ method: 'POST', url: '/predict', payload: 'picture=x', headers: form }),
        400,
        'bad-request',
      ),
    ).toContain('"image"');
    expectError(
      await app.inject({
        method: 'POST',
        url: '/predict',
        payload: 'image=data%3Atext%2Fplain%2Chi',
        headers: form,
      }),
      400,
      'bad-image',
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/predict',
        payload: 'image=a&image=b',
        headers: form,
      }),
      400,
      'bad-request',
    );
  });
});

describe('loadConfig', () => {
  it('has the documented defaults, the model anchored to the package, not the cwd', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      bodyLimit: 5 * 1024 * 1024,
      maxPixels: 16_000_000,
      maxStrokes: 500,
      maxPoints: 50_000,
      requestTimeoutMs: 10_000,
      rateLimitMax: 120,
      ortThreads: 2,
      trustProxy: false,
      logLevel: 'info',
    });
    expect(c.modelPath).toBe(fileURLToPath(new URL('../models/symbols.onnx', import.meta.url)));
    expect(loadConfig({ MODEL_PATH: 'x/m.onnx', PORT: '' })).toMatchObject({
      modelPath: join(process.cwd(), 'x/m.onnx'),
      port: 3000,
    });
  });

  it("reads TRUST_PROXY as a switch or as the proxies' addresses", () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1,192.168.1.7' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
      '192.168.1.7',
    ]);
  });

  it('refuses a bad value naming the variable and the value', () => {
    const bad: [string, string][] = [
      ['PORT', '80a'],
      ['PORT', '70000'],
      ['BODY_LIMIT', '5MB'],
      ['RATE_LIMIT_MAX', '-1'],
      ['LOG_LEVEL', 'loud'],
      ['MAX_PIXELS', '1.5'],
      ['TRUST_PROXY', 'yes'],
      ['TRUST_PROXY', '2'],
      ['TRUST_PROXY', '10.0.0.0/33'],
      ['TRUST_PROXY', '10.0.0.1,proxy.local'],
    ];
    for (const [name, value] of bad) {
      expect(() => loadConfig({ [name]: value })).toThrow(`${name}="${value}" is not valid`);
    }
  });
});

describe('model, health and page routes', () => {
  it('reports health and the model', async () => {
    const health = await app.inject('/api/health');
    expect(health.json()).toStrictEqual({ status: 'ok', model: 'symbols.onnx' });
    const model = (await app.inject('/api/model')).json();
    expect(model.model).toBe('symbols.onnx');
    expect(model.labels).toEqual(classifier.labels);
    expect(model.input).toBeDefined();
    expect(model.training?.history).toBeUndefined();
  });

  it('serves the model file the server runs, with its JSON, revalidated by ETag', async () => {
    const onnx = await app.inject('/model/model.onnx');
    expect(onnx.statusCode).toBe(200);
    expect(onnx.rawPayload.equals(readFileSync(config.modelPath))).toBe(true);
    expect(onnx.headers['cache-control']).toBe('no-cache');
    const again = await app.inject({
      url: '/model/model.onnx',
      headers: { 'if-none-match': String(onnx.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const json = await app.inject('/model/model.json');
    expect(json.json().labels).toEqual(classifier.labels);
  });

  it('serves a model without a companion JSON with labels built from the classifier', async () => {
    const bare = join(tmp, 'bare.onnx');
    copyFileSync(config.modelPath, bare);
    const other = await buildServer(config, { ...classifier, path: bare });
    expect((await other.inject('/model/model.json')).json()).toStrictEqual({
      labels: classifier.labels,
    });
    expect((await other.inject('/api/health')).json().model).toBe('bare.onnx');
    await other.close();
  });

  it('serves the trajectory model its JSON names as /model/trajectory.onnx, revalidated by ETag', async () => {
    const dir = join(tmp, 'with-trajectory');
    mkdirSync(dir);
    const trajectory = new Uint8Array(readFileSync('test/fixtures/models/trajectory-23.onnx'));
    copyFileSync(config.modelPath, join(dir, 'symbols.onnx'));
    writeFileSync(
      join(dir, 'symbols.json'),
      JSON.stringify({
        ...classifier.info,
        trajectory: {
          file: 'symbols.trajectory.onnx',
          training: { seconds: 1, history: [{ epoch: 1 }] },
        },
      }),
    );
    writeFileSync(join(dir, 'symbols.trajectory.onnx'), trajectory);
    const moved = await loadNodeClassifier(join(dir, 'symbols.onnx'), { threads: 1 });
    expect(moved.classifySequences).toBeTypeOf('function');
    const other = await buildServer(config, moved);
    try {
      // The page decides by the JSON it is served whether to ask for the file.
      const json = (await other.inject('/model/model.json')).json();
      expect(json.trajectory).toEqual({
        file: 'symbols.trajectory.onnx',
        training: { seconds: 1, history: [{ epoch: 1 }] },
      });
      // /api/model describes it too, without its training's history.
      const described = (await other.inject('/api/model')).json();
      expect(described.trajectory).toEqual({
        file: 'symbols.trajectory.onnx',
        training: { seconds: 1 },
      });
      const res = await other.inject('/model/trajectory.onnx');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(new Uint8Array(res.rawPayload)).toEqual(trajectory);
      const again = await other.inject({
        url: '/model/trajectory.onnx',
        headers: { 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(res.headers.etag).not.toBe((await other.inject('/model/model.onnx')).headers.etag);
    } finally {
      await other.close();
      await moved.close();
    }
  });

  it('has no trajectory route for a model whose JSON names none', async () => {
    const info = { ...classifier.info };
    delete info.trajectory;
    const other = await buildServer(config, { ...classifier, info });
    expect((await other.inject('/model/model.json')).json().trajectory).toBeUndefined();
    expectError(await other.inject('/model/trajectory.onnx'), 404, 'not-found');
    await other.close();
  });

  it('loads a digits-only model and says which symbols it cannot read', async () => {
    const digits = await loadNodeClassifier(join(FIXTURE_MODELS, 'sigmoid-n28x28.onnx'));
    const other = await buildServer(config, digits);
    const model = (await other.inject('/api/model')).json();
    expect(model.labels).toEqual([...'0123456789']);
    expect(model.cannotRead).toEqual(['+', '-', '×', '÷', '=', '(', ')', '%', '/', '*', ':', '√']);
    const own = (await app.inject('/api/model')).json();
    expect(own.cannotRead).toEqual([]);
    // It still answers: any ink reads as digits (or dots, which need no class).
    const res = await other.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: {
        strokes: [
          [
            [0, 0],
            [0, 40],
          ],
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toMatch(/^[0-9.·]$/);
    await other.close();
    await digits.close();
  });

  it('answers unknown routes with not-found', async () => {
    expectError(await app.inject('/nope'), 404, 'not-found');
    expectError(await postJson('/api/nope', {}), 404, 'not-found');
    expectError(await app.inject('/api/recognize'), 404, 'not-found');
  });

  it('says to build the page when dist/ is missing', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toContain('npm run build');
  });

  it('serves a built page, precompressed, with long caching only for hashed assets', async () => {
    const dist = join(tmp, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ink-calc</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js.br'), 'brotli bytes');
    const page = await buildServer({ ...config, distDir: dist }, classifier);
    const index = await page.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await page.inject({
      url: '/assets/app-1a2b3c.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.body).toBe('brotli bytes');
    expect(asset.headers['cache-control']).toContain('immutable');
    expectError(await page.inject('/assets/missing.js'), 404, 'not-found');
    await page.close();
  });

  it('sends the content security policy and nosniff on every response, refusals too', async () => {
    for (const res of [
      await app.inject('/api/health'),
      await app.inject('/nope'),
      await postJson('/api/recognize', SUM),
      await app.inject({
        method: 'POST',
        url: '/api/recognize',
        headers: { 'content-type': 'application/json' },
        payload: '{"strokes": [',
      }),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('rate-limits a client address past RATE_LIMIT_MAX a minute', async () => {
    const limited = await buildServer({ ...config, rateLimitMax: 2 }, classifier);
    expect((await limited.inject('/api/health')).statusCode).toBe(200);
    expect((await limited.inject('/api/health')).statusCode).toBe(200);
    const res = await limited.inject('/api/health');
    expect(expectError(res, 429, 'rate-limited')).toContain('2 a minute');
    expect(res.headers['retry-after']).toBeDefined();
    await limited.close();
  });
});
