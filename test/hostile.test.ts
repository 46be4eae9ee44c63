import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { buildServer } from '../src/server/buildServer.ts';
import { loadConfig } from '../src/server/config.ts';

// Everything here is what a careless or hostile client can send. The contract: a refusal
// is a 4xx with {"error": {"code", "message"}} and nothing of the server's insides, the
// server never answers 5xx, never hangs, and keeps serving the next client.

const BODY_LIMIT = 100_000;
const MAX_PIXELS = 1_000_000;
const MAX_STROKES = 50;
const MAX_POINTS = 2_000;
const TIMEOUT_MS = 1_500;
const MAX_COORDINATE = 1e9;
const MAX_TIME = 1e15;

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
let app: FastifyInstance;
let base: URL;
let digitPng: Buffer;

beforeAll(async () => {
  const config = {
    ...loadConfig({
      BODY_LIMIT: String(BODY_LIMIT),
      MAX_PIXELS: String(MAX_PIXELS),
      MAX_STROKES: String(MAX_STROKES),
      MAX_POINTS: String(MAX_POINTS),
      REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
      RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'silent',
      ORT_THREADS: '1',
    }),
    distDir: join(tmpdir(), 'ink-calc-hostile-no-dist'),
  };
  classifier = await loadNodeClassifier('models/symbols.onnx', { threads: 1 });
  app = await buildServer(config, classifier);
  base = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
  digitPng = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="white"/>' +
        '<polyline points="32,8 33,32 32,56" fill="none" stroke="black" stroke-width="6"/></svg>',
    ),
  )
    .png()
    .toBuffer();
});

afterAll(async () => {
  await app?.close();
  await classifier?.close();
});

// Whatever a test threw at the server, the next honest client over a real socket is served.
afterEach(async () => {
  const res = await send('/api/recognize', { 'content-type': 'application/json' }, DIGIT);
  expect('status' in res && res.status, 'a valid request after the hostile one').toBe(200);
});

interface Reply {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}

const inject = async (payload: string | Buffer, type = 'application/json'): Promise<Reply> =>
  app.inject({
    method: 'POST',
    url: '/api/recognize',
    payload,
    headers: { 'content-type': type },
  });

// A stack frame, or a path into the source tree or node_modules, means internals leaked.
const LEAK = /\n\s*at |\bat \S+ \(|node_modules|\/src\/|\.(?:ts|mjs|cjs):\d+/;

function expectRefusal(res: Reply, code?: string): void {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as { error: { code: unknown; message: unknown } };
  expect(Object.keys(body)).toStrictEqual(['error']);
  expect(Object.keys(body.error).sort()).toStrictEqual(['code', 'message']);
  expect(body.error.code).toMatch(/^[a-z-]+$/);
  if (code) expect(body.error.code, res.body).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect((body.error.message as string).length).toBeGreaterThan(10);
  expect(res.body).not.toMatch(LEAK);
}

type SocketResult =
  | { status: number; body: string; sent: number }
  | { reset: string; sent: number; status?: undefined };

/**
 * Posts over a real socket. `body` may be a generator of chunks, written with
 * backpressure until the server answers or drops the connection; a client that is still
 * uploading when the server says 413 may see either, so both are reported.
 */
function send(
  path: string,
  headers: Record<string, string>,
  body: string | Buffer | (() => Iterator<Buffer>),
): Promise<SocketResult> {
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (r: SocketResult): void => {
      if (done) return;
      done = true;
      req.destroy();
      resolve(r);
    };
    const req = httpRequest(
      { host: base.hostname, port: base.port, path, method: 'POST', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), sent }),
        );
        res.on('error', (e) => finish({ reset: e.message, sent }));
      },
    );
    req.on('error', (e) => finish({ reset: e.message, sent }));
    if (typeof body !== 'function') {
      sent = Buffer.byteLength(body);
      req.end(body);
      return;
    }
    const chunks = body();
    const pump = (): void => {
      while (!done) {
        const next = chunks.next();
        if (next.done) {
          req.end();
          return;
        }
        sent += next.value.length;
        if (!req.write(next.value)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

function expectSocketRefusal(r: SocketResult, statuses: readonly number[], code?: string): void {
  if (r.status === undefined) return; // the connection was dropped: also a refusal
  expect(statuses, r.body).toContain(r.status);
  expectRefusal(
    { statusCode: r.status, body: r.body, headers: { 'content-type': 'application/json' } },
    code,
  );
}

// ---- the oracle for the fuzzing: what the API promises to accept ------------------------

const isCoordinate = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
const isTime = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME;

function isPoint(p: unknown): boolean {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return false;
  return isCoordinate(p[0]) && isCoordinate(p[1]) && (p.length === 2 || isTime(p[2]));
}

// Fastify parses JSON with secure-json-parse, which refuses prototype-poisoning keys.
function poisoned(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  for (const key of Object.keys(v)) {
    const child = (v as Record<string, unknown>)[key];
    if (key === '__proto__') return true;
    if (key === 'constructor' && typeof child === 'object' && child !== null) {
      if (Object.hasOwn(child, 'prototype')) return true;
    }
    if (poisoned(child)) return true;
  }
  return false;
}

function accepted(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || poisoned(body)) {
    return false;
  }
  if (!Object.hasOwn(body, 'strokes') || Object.hasOwn(body, 'image')) return false;
  const strokes = (body as { strokes: unknown }).strokes;
  if (!Array.isArray(strokes) || strokes.length > MAX_STROKES) return false;
  if (!strokes.every((s) => Array.isArray(s))) return false;
  if ((strokes as unknown[][]).reduce((n, s) => n + s.length, 0) > MAX_POINTS) return false;
  return (strokes as unknown[][]).every((s) => s.every(isPoint));
}

const coordinate = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -MAX_COORDINATE, max: MAX_COORDINATE, noNaN: true }),
  fc.constantFrom(0, -0, MAX_COORDINATE, -MAX_COORDINATE, 1e-300, Number.MIN_VALUE),
);
const time = fc.oneof(
  fc.nat(100_000),
  fc.constantFrom(-MAX_TIME, MAX_TIME, 0.5),
  fc.double({ min: -MAX_TIME, max: MAX_TIME, noNaN: true }),
);
const junk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(1e308, -1e308, 1e10, -1e10, MAX_TIME * 10),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const point = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 4, arbitrary: fc.tuple(coordinate, coordinate, time) },
  { weight: 1, arbitrary: fc.array(coordinate, { maxLength: 1 }) },
  { weight: 1, arbitrary: fc.array(coordinate, { minLength: 4, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.tuple(coordinate, junk) },
  { weight: 1, arbitrary: fc.tuple(junk, coordinate, time) },
  { weight: 1, arbitrary: junk },
);
const stroke = fc.oneof(
  { weight: 10, arbitrary: fc.array(point, { maxLength: 12 }) },
  { weight: 1, arbitrary: junk },
);
const strokesBody = fc.oneof(
  { weight: 10, arbitrary: fc.record({ strokes: fc.array(stroke, { maxLength: 6 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      strokes: fc.oneof(junk, fc.jsonValue({ maxDepth: 3 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        strokes: fc.array(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 5 }), {
          maxLength: 3,
        }),
        image: fc.oneof(fc.string(), fc.constant(null)),
        extra: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: ['strokes'] },
    ),
  },
);

// ---- the suite ---------------------------------------------------------------------------

describe('fuzzed JSON bodies', () => {
  it('answers arbitrary JSON values with a clean 4xx (or 200 when they happen to be a drawing)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const res = await inject(JSON.stringify(value) ?? 'null');
        if (accepted(value)) expect(res.statusCode, res.body).toBe(200);
        else expectRefusal(res);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts every well-formed drawing, negative and extreme coordinates included, and refuses the rest', async () => {
    await fc.assert(
      fc.asyncProperty(strokesBody, async (body) => {
        const res = await inject(JSON.stringify(body));
        if (accepted(body))
          expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBe(200);
        else expectRefusal(res);
      }),
      { numRuns: 200 },
    );
  });

  it('answers arbitrary text sent as JSON with a clean 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        const res = await inject(text);
        if (value !== undefined && accepted(value)) expect(res.statusCode).toBe(200);
        else expectRefusal(res);
      }),
      { numRuns: 200 },
    );
  });
});

describe('numbers JSON cannot hold', () => {
  it('refuses NaN and Infinity as bad JSON, and 1e999 (parsed as Infinity) as a bad coordinate', async () => {
    for (const raw of ['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '1_000']) {
      expectRefusal(await inject(`{"strokes":[[[${raw},1],[2,3]]]}`), 'bad-json');
    }
    for (const raw of ['1e999', '-1e999']) {
      const res = await inject(`{"strokes":[[[1,2],[${raw},3]]]}`);
      expectRefusal(res);
      expect(['bad-coordinate', 'bad-json']).toContain(JSON.parse(res.body).error.code);
    }
    expectRefusal(await inject('{"strokes":[[[1,2,1e999]]]}'));
  });

  it('refuses coordinates beyond ±1e9 (1e308) as bad coordinates, naming the point', async () => {
    for (const v of ['1e308', '-1e308', '1.0000001e9']) {
      const res = await inject(`{"strokes":[[[0,0],[3,${v}]]]}`);
      expectRefusal(res, 'bad-coordinate');
      expect(res.body).toContain('strokes[0][1]');
    }
  });

  it('reads negative and boundary coordinates as a drawing', async () => {
    for (const ink of [
      [
        [
          [-500, -900],
          [-498, -850],
          [-499, -800],
        ],
      ],
      [[[-MAX_COORDINATE, -MAX_COORDINATE]], [[MAX_COORDINATE, MAX_COORDINATE]]],
      [
        [
          [0, 0, -MAX_TIME],
          [0, 9, MAX_TIME],
        ],
      ],
    ]) {
      const res = await inject(JSON.stringify({ strokes: ink }));
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  // Number.MIN_VALUE is finite and in range, so the drawing is valid; its extent is so
  // small that size / extent overflows to Infinity when the symbol is rasterised.
  it('reads a drawing only a subnormal number (5e-324) wide without a server error', async () => {
    const res = await inject('{"strokes":[[[5e-324,0],[0,5e-324]]]}');
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('deep nesting and sheer size', () => {
  it('refuses thousands of levels of nesting without overflowing the stack', async () => {
    const depth = 40_000;
    for (const raw of [
      '['.repeat(depth) + ']'.repeat(depth),
      '{"strokes":' + '['.repeat(depth) + ']'.repeat(depth) + '}',
      '{"strokes":[[' + '{"a":'.repeat(depth / 3) + '1' + '}'.repeat(depth / 3) + ']]}',
      '{"strokes":' + '['.repeat(depth) + '}',
    ]) {
      expect(raw.length).toBeLessThan(BODY_LIMIT);
      expectRefusal(await inject(raw));
    }
  });

  it('refuses more strokes or points than the limits from a body under the size limit', async () => {
    const points = '[1,2],'.repeat(Math.floor((BODY_LIMIT - 40) / 6)).slice(0, -1);
    const many = `{"strokes":[[${points}]]}`;
    expect(many.length).toBeLessThan(BODY_LIMIT);
    expectRefusal(await inject(many), 'too-many-points');
    const strokes = Array.from({ length: MAX_STROKES + 1 }, () => [[1, 2]]);
    expectRefusal(await inject(JSON.stringify({ strokes })), 'too-many-strokes');
  });

  it('refuses a million points over the body limit', async () => {
    const body = `{"strokes":[[${'[1,2],'.repeat(1_000_000)}[1,2]]]}`;
    const r = await send('/api/recognize', { 'content-type': 'application/json' }, body);
    expectSocketRefusal(r, [413], 'body-too-large');
  });

  it('refuses a 100 MB body, declared or chunked, without buffering it', async () => {
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, '[1,2],');
    const chunks = function* (): Iterator<Buffer> {
      yield Buffer.from('{"strokes":[[');
      for (let n = 0; n < total; n += chunk.length) yield chunk;
    };
    const before = process.memoryUsage().rss;
    const declared = await send(
      '/api/recognize',
      { 'content-type': 'application/json', 'content-length': String(total + 13) },
      chunks,
    );
    expectSocketRefusal(declared, [413], 'body-too-large');
    const chunked = await send(
      '/api/recognize',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks,
    );
    expectSocketRefusal(chunked, [413], 'body-too-large');
    const image = await send('/api/recognize', { 'content-type': 'image/png' }, chunks);
    expectSocketRefusal(image, [413], 'body-too-large');
    // Client and server share this process, so this bounds both; a buffered body alone
    // would be 100 MB.
    const grown = process.memoryUsage().rss - before;
    expect(grown, `rss grew by ${(grown / 2 ** 20).toFixed(1)} MB`).toBeLessThan(40 * 2 ** 20);
  });
});

describe('images', () => {
  // A PNG chunk's CRC covers its type and data (ISO 3309 CRC-32).
  function crc32(bytes: Buffer): number {
    let c = 0xffffffff;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  }
  function pngChunk(type: string, data: Buffer): Buffer {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  }
  function pngDeclaring(width: number, height: number): Buffer {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8; // bit depth; colour type 0 (grey), no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
  }
  const dataUrl = (bytes: Buffer, type = 'image/png'): string =>
    `data:${type};base64,${bytes.toString('base64')}`;

  it('computes PNG chunk CRCs as libpng does', () => {
    // Checked against a PNG that sharp wrote, so the huge header below is a valid PNG.
    const ihdr = digitPng.subarray(8, 8 + 25);
    expect(pngChunk('IHDR', ihdr.subarray(8, 21)).equals(ihdr)).toBe(true);
  });

  it('refuses a PNG declaring 50 000×50 000 as image-too-large, quickly, however it is sent', async () => {
    const bomb = pngDeclaring(50_000, 50_000);
    expect(bomb.length).toBeLessThan(BODY_LIMIT);
    const res = await inject(bomb, 'image/png');
    expectRefusal(res, 'image-too-large');
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('50000×50000');
    expectRefusal(await inject(JSON.stringify({ image: dataUrl(bomb) })), 'image-too-large');

    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(bomb)], { type: 'image/png' }), 'bomb.png');
    const multipart = new Request('http://x/', { method: 'POST', body: form });
    const res2 = await app.inject({
      method: 'POST',
      url: '/api/recognize',
      payload: Buffer.from(await multipart.arrayBuffer()),
      headers: { 'content-type': multipart.headers.get('content-type')! },
    });
    expectRefusal(res2, 'image-too-large');
    const old = await app.inject({
      method: 'POST',
      url: '/predict',
      payload: new URLSearchParams({ image: dataUrl(bomb) }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectRefusal(old, 'image-too-large');

    const overSocket = await send('/api/recognize', { 'content-type': 'image/png' }, bomb);
    expectSocketRefusal(overSocket, [413], 'image-too-large');
  }, 5_000);

  it('refuses a JPEG whose frame header declares 50 000×50 000', async () => {
    const jpeg = Buffer.from(await sharp(digitPng).jpeg().toBuffer());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sof).toBeGreaterThan(0);
    jpeg.writeUInt16BE(50_000, sof + 5);
    jpeg.writeUInt16BE(50_000, sof + 7);
    const res = await inject(jpeg, 'image/jpeg');
    expectRefusal(res, 'image-too-large');
  }, 5_000);

  it('refuses truncated and corrupted PNG and JPEG data as bad images', async () => {
    const jpeg = await sharp(digitPng).jpeg().toBuffer();
    for (const [bytes, type] of [
      [digitPng, 'image/png'],
      [jpeg, 'image/jpeg'],
    ] as const) {
      for (const cut of [1, 3, 8, 20, 33, 60, Math.floor(bytes.length / 2)]) {
        if (cut >= bytes.length) continue;
        expectRefusal(await inject(bytes.subarray(0, cut), type));
      }
      const corrupt = Buffer.from(bytes);
      // Past the PNG IHDR (whose size fields would make it 'image-too-large' instead).
      corrupt.fill(0x5a, 40, Math.min(bytes.length - 4, 160));
      expectRefusal(await inject(corrupt, type), 'bad-image');
    }
    // A valid header on garbage pixel data.
    const garbage = Buffer.concat([
      pngDeclaring(40, 40).subarray(0, 33),
      pngChunk('IDAT', Buffer.from('not deflate data at all')),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    expectRefusal(await inject(garbage, 'image/png'), 'bad-image');
  });

  it('refuses bytes that are not PNG or JPEG whatever the media type claims', async () => {
    for (const bytes of [
      Buffer.alloc(0),
      Buffer.from('GIF89a....'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from([0, 1, 2, 3, 255, 254]),
    ]) {
      expectRefusal(await inject(bytes, 'image/png'));
    }
  });

  it('refuses data URLs that are not base64 or not images', async () => {
    const png64 = digitPng.toString('base64');
    for (const image of [
      'data:image/png,hello',
      `data:image/png;charset=utf-8,${png64}`,
      'data:text/plain;base64,aGVsbG8=',
      'data:image/svg+xml;base64,PHN2Zy8+',
      'data:image/png;base64,aGVsbG8gd29ybGQ=',
      'data:image/png;base64,!!!not*base64%%%',
      'data:image/png;base64,',
      `data:image/png;base64,${png64.slice(0, 40)}`,
      'data:;base64,AAAA',
      'data:',
      'http://127.0.0.1/x.png',
      '',
      'x'.repeat(5000),
    ]) {
      expectRefusal(await inject(JSON.stringify({ image })));
    }
    for (const image of [null, 42, true, ['data:image/png;base64,'], { src: 'x' }]) {
      expectRefusal(await inject(JSON.stringify({ image })), 'bad-request');
    }
  });

  it('refuses hostile forms on the old /predict route', async () => {
    for (const form of ['', 'image=', 'image=hello', 'image=a&image=b', 'other=1', '%%%']) {
      const res = await app.inject({
        method: 'POST',
        url: '/predict',
        payload: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectRefusal(res);
    }
  });
});

describe('wrong media types', () => {
  it('refuses bodies it does not read with 415, and missing or broken headers with a 4xx', async () => {
    for (const type of ['text/plain', 'application/xml', 'image/gif', 'application/octet-stream']) {
      expectRefusal(await inject(DIGIT, type), 'unsupported-media-type');
    }
    const none = await app.inject({ method: 'POST', url: '/api/recognize', payload: DIGIT });
    expectRefusal(none);
    expectRefusal(await inject(DIGIT, 'application/x-www-form-urlencoded'), 'bad-request');
  });

  // busboy's own errors carry no status code, so they must not fall through to 'internal'.
  it('refuses malformed multipart bodies (no boundary, unterminated, truncated) with a 4xx', async () => {
    const part = '--xyz\r\nContent-Disposition: form-data; name="image"\r\n\r\nabc\r\n';
    for (const [type, body] of [
      ['multipart/form-data', DIGIT],
      ['multipart/form-data; boundary=xyz', DIGIT],
      ['multipart/form-data; boundary=xyz', part],
      ['multipart/form-data; boundary=xyz', part.slice(0, 30)],
    ] as const) {
      expectRefusal(await inject(body, type));
    }
  });
});

describe('slow clients', () => {
  /**
   * Opens a raw socket, writes `head`, then one byte of `drip` every 300 ms, until the
   * server closes the connection or `patience` ms pass (then the client gives up itself,
   * so that a server that never closes fails the test instead of hanging it).
   */
  function dribble(
    head: string,
    drip: string,
    patience = 8_000,
  ): Promise<{ reply: string; closedByServer: boolean }> {
    return new Promise((resolve) => {
      const socket = connect(Number(base.port), base.hostname);
      let reply = '';
      let i = 0;
      let gaveUp = false;
      const timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip[i++ % drip.length]!);
      }, 300);
      const guard = setTimeout(() => {
        gaveUp = true;
        socket.destroy();
      }, patience);
      socket.on('connect', () => socket.write(head));
      socket.on('data', (d: Buffer) => (reply += d.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(guard);
        resolve({ reply, closedByServer: !gaveUp });
      });
    });
  }

  const head =
    `POST /api/recognize HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
    `Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;

  // Each write resets an idle timeout, so only a deadline on the whole request stops a
  // client that sends a byte just often enough; it must fire near REQUEST_TIMEOUT_MS.
  it('closes a body dribbled a byte at a time, with 408 or a dropped connection', async () => {
    const { reply, closedByServer } = await dribble(head, '{"strokes":[[[1,2]]]}   ');
    expect(closedByServer, 'still open 8 s into a 1.5 s request timeout').toBe(true);
    if (reply !== '') expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  }, 10_000);

  it('closes headers dribbled a byte at a time', async () => {
    const { reply, closedByServer } = await dribble(
      'POST /api/recognize HTTP/1.1\r\n',
      'X-Slow: aaaaaaaaaa\r\n',
    );
    expect(closedByServer, 'still open 8 s into a 1.5 s request timeout').toBe(true);
    if (reply !== '') expect(reply).toMatch(/^HTTP\/1\.1 4\d\d /);
  }, 10_000);
});

describe('bursts', () => {
  it('answers 200 concurrent mixed requests: every valid one 200, every invalid one 4xx', async () => {
    const png = { 'content-type': 'image/png' };
    const json = { 'content-type': 'application/json' };
    const kinds: { valid: boolean; headers: Record<string, string>; body: string | Buffer }[] = [
      { valid: true, headers: json, body: DIGIT },
      { valid: true, headers: png, body: digitPng },
      {
        valid: true,
        headers: json,
        body: JSON.stringify({ image: `data:image/png;base64,${digitPng.toString('base64')}` }),
      },
      { valid: false, headers: json, body: '{"strokes":[[[NaN,1]]]}' },
      { valid: false, headers: json, body: '{"strokes":[[[1,2],[1e999,3]]]}' },
      { valid: false, headers: png, body: digitPng.subarray(0, 50) },
      { valid: false, headers: json, body: JSON.stringify({ strokes: 'x' }) },
      { valid: false, headers: { 'content-type': 'text/plain' }, body: DIGIT },
    ];
    const sent = Array.from({ length: 200 }, (_, i) => kinds[i % kinds.length]!);
    const results = await Promise.all(sent.map((k) => send('/api/recognize', k.headers, k.body)));
    results.forEach((r, i) => {
      expect('status' in r, `request ${i}: ${JSON.stringify(r)}`).toBe(true);
      if (sent[i]!.valid) expect(r.status, `request ${i}: ${JSON.stringify(r)}`).toBe(200);
      else expectSocketRefusal(r, [400, 413, 415]);
    });
  });
});
