import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The server as a container runs it: `tsx src/server/main.ts`, configured by the
// environment alone, stopped by SIGTERM from the supervisor.
const MAIN = fileURLToPath(new URL('../src/server/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRONG_INPUT = fileURLToPath(new URL('./fixtures/models/wrong-input.onnx', import.meta.url));

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ink-calc-shutdown-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

interface Server {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  log: () => string;
  stderr: () => string;
}

function start(env: Record<string, string>): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ORT_THREADS: '1', RATE_LIMIT_MAX: '0', ...env },
  });
  let log = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, log: () => log, stderr: () => stderr };
}

/** Resolves when the server's log matches `pattern`; rejects if it exits first. */
function waitForLog(server: Server, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const m = pattern.exec(server.log());
      if (m) {
        server.child.stdout.off('data', check);
        resolve(m);
      }
    };
    server.child.stdout.on('data', check);
    server.child.once('exit', (code) =>
      reject(
        new Error(`server exited (${code}) before ${pattern}: ${server.log()}${server.stderr()}`),
      ),
    );
    check();
  });
}

function post(url: string, type: string, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': type } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A big photo-sized page of handwriting-like strokes: real work for the decoder and pipeline. */
async function bigDrawing(): Promise<Buffer> {
  const lines: string[] = [];
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 8; col++) {
      const x = 150 + col * 330;
      const y = 150 + row * 420;
      lines.push(
        col % 2 === 0
          ? `<polyline points="${x},${y} ${x + 8},${y + 150} ${x + 2},${y + 300}"/>`
          : `<polyline points="${x - 80},${y + 150} ${x + 80},${y + 150}"/><polyline points="${x},${y + 70} ${x},${y + 230}"/>`,
      );
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="2800" height="1900"><rect width="100%" height="100%" fill="white"/>` +
    `<g fill="none" stroke="black" stroke-width="22" stroke-linecap="round">${lines.join('')}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('graceful shutdown', () => {
  it('finishes the request in flight when SIGTERM arrives, then exits 0', async () => {
    const png = await bigDrawing();
    const server = start({ LOG_LEVEL: 'info' });
    try {
      const [, url] = await waitForLog(server, /ink-calc listening on (http:\/\/[^"\s]+)/);
      const warm = await post(`${url}/api/recognize`, 'image/png', png);
      expect(warm.status, warm.body).toBe(200);

      const before = (server.log().match(/incoming request/g) ?? []).length;
      const inFlight = post(`${url}/api/recognize`, 'image/png', png);
      // Signal as soon as the server has the request: the recognition is still running.
      await waitForLog(server, new RegExp(`(?:incoming request[^]*){${before + 1}}`));
      server.child.kill('SIGTERM');
      const res = await inFlight;
      expect(res.status, res.body).toBe(200);
      expect(JSON.parse(res.body)).toHaveProperty('symbols');
      expect(await server.exited).toBe(0);
      expect(server.log()).toContain('shutting down');
      // The request really was in flight: it completed after the shutdown began.
      expect(server.log().lastIndexOf('request completed')).toBeGreaterThan(
        server.log().indexOf('shutting down'),
      );
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('start-up with a bad model', () => {
  it('exits non-zero naming a missing model file', async () => {
    const missing = join(tmp, 'gone.onnx');
    const server = start({ MODEL_PATH: missing, LOG_LEVEL: 'info' });
    expect(await server.exited).not.toBe(0);
    expect(server.stderr()).toContain(missing);
    expect(server.stderr()).toContain('does not exist');
    expect(server.log()).not.toContain('listening');
  }, 60_000);

  it.skipIf(!existsSync(WRONG_INPUT))(
    'exits non-zero naming a wrong-shaped model and the shape it found',
    async () => {
      const server = start({ MODEL_PATH: WRONG_INPUT, LOG_LEVEL: 'info' });
      expect(await server.exited).not.toBe(0);
      expect(server.stderr()).toContain(WRONG_INPUT);
      expect(server.stderr()).toMatch(/its input is \S+ float32\[/);
      expect(server.log()).not.toContain('listening');
    },
    60_000,
  );
});
