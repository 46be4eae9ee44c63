import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutInk } from './support/layoutInk.ts';

const BIN = fileURLToPath(new URL('../bin/ink-calc.mjs', import.meta.url));
const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const SUM_JSON = fixture('sum.json');
const SUM_PNG = fixture('sum.png');
/** Where layoutInk writes a line: digits 80 tall. */
const LINE = { x: 40, top: 40, height: 80 };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let tmp: string;

/** Runs the CLI as a user would, from a directory that is not the package. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: tmp, env: { ...process.env, ORT_THREADS: '1', MODEL_PATH: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ink-calc-cli-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('ink-calc recognize', () => {
  it('prints one line per file for a strokes JSON and a PNG', async () => {
    const run = await cli('recognize', SUM_JSON, SUM_PNG);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${SUM_JSON.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`),
    );
    expect(lines[1]!.startsWith(`${SUM_PNG}: `)).toBe(true);
  });

  it('prints each line of writing on a line of its own', async () => {
    const sum = JSON.parse(readFileSync(SUM_JSON, 'utf8')) as { strokes: number[][][] };
    const below = sum.strokes.map((s) => s.map(([x, y, t]) => [x, y! + 400, t]));
    const page = join(tmp, 'page.json');
    writeFileSync(page, JSON.stringify({ strokes: [...sum.strokes, ...below] }));
    const one = await cli('recognize', SUM_JSON);
    const two = await cli('recognize', page);
    expect(two.code, two.stderr).toBe(0);
    const reading = one.stdout.trim().slice(`${SUM_JSON}: `.length);
    expect(two.stdout).toBe(`${page}:\n  ${reading}\n  ${reading}\n`);
  });

  it('says why an answer is to be checked where no symbol says it', async () => {
    // A number led by a 0, as no one writes it.
    const lead = join(tmp, 'lead.json');
    writeFileSync(lead, JSON.stringify({ strokes: layoutInk('07+1=', LINE) }));
    const run = await cli('recognize', lead);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `${lead}: 07+1 = 8 (unsure: check the reading; a number starts with 0)\n`,
    );
  });

  it('prints the API JSON with --json: an object for one file, an array for several', async () => {
    const one = await cli('recognize', '--json', SUM_JSON);
    expect(one.code, one.stderr).toBe(0);
    const r = JSON.parse(one.stdout);
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
    expect(r.symbols[0].strokes).toBeDefined();

    const bare = join(tmp, 'bare.json');
    writeFileSync(bare, JSON.stringify([]));
    const two = await cli('recognize', SUM_PNG, bare, '--json');
    expect(two.code, two.stderr).toBe(0);
    const [png, empty] = JSON.parse(two.stdout);
    expect(png.symbols.length).toBeGreaterThan(0);
    expect(empty).toStrictEqual({
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
    });
  });

  it('exits 2 naming a missing file, a file that is no image, and bad strokes', async () => {
    const missing = await cli('recognize', 'nope.png');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.png: no such file');
    expect(missing.stdout).toBe('');

    const text = join(tmp, 'notes.txt');
    writeFileSync(text, 'hello');
    const notImage = await cli('recognize', SUM_JSON, text);
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toContain(`${text}: `);
    expect(notImage.stdout).toBe('');

    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        strokes: [
          [
            [1, 2],
            [3, 'y'],
          ],
        ],
      }),
    );
    const badStrokes = await cli('recognize', bad);
    expect(badStrokes.code).toBe(2);
    expect(badStrokes.stderr).toContain('strokes[0][1][1]');
  });

  it('exits 1 naming a model path that does not exist', async () => {
    const run = await cli('recognize', SUM_JSON, '--model', join(tmp, 'missing.onnx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(join(tmp, 'missing.onnx'));
  });
});

describe('ink-calc usage', () => {
  it('prints help with exit 0', async () => {
    for (const args of [['--help'], ['recognize', '--help'], ['serve', '-h']]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: ink-calc');
    }
  });

  it('exits 2 on an unknown command, an unknown flag or no file', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const flag = await cli('recognize', '--frob', SUM_JSON);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--frob');
    const none = await cli('recognize');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('FILE');
    const port = await cli('serve', '--port', 'eighty');
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port "eighty"');
  });
});

describe('ink-calc serve', () => {
  it('refuses a missing model and a non-ONNX file, naming the path and the reason', async () => {
    const missing = await cli('serve', '--port', '0', '--model', join(tmp, 'gone.onnx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(join(tmp, 'gone.onnx'));
    expect(missing.stderr).toContain('does not exist');

    const fake = join(tmp, 'fake.onnx');
    writeFileSync(fake, 'this is not a protobuf');
    const notOnnx = await cli('serve', '--port', '0', '--model', fake);
    expect(notOnnx.code).toBe(1);
    expect(notOnnx.stderr).toContain(`Cannot load model ${fake}`);
  });

  // Written by training/fixture_models.py (the runtime's fixtures); skipped where absent.
  const wrongShape = fixture('models/wrong-input.onnx');
  it.skipIf(!existsSync(wrongShape))(
    'refuses a wrong-shaped model saying what it found',
    async () => {
      const run = await cli('serve', '--port', '0', '--model', wrongShape);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Model ${wrongShape} does not fit`);
      expect(run.stderr).toMatch(/its input is \S+ float32\[/);
    },
  );

  it('serves, answers, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: tmp,
      env: { ...process.env, ORT_THREADS: '1', LOG_LEVEL: 'info', MODEL_PATH: '' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let log = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const m = /ink-calc listening on (http:\/\/[^"\s]+)/.exec(log);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`server exited early: ${log}`)));
    });
    try {
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toStrictEqual({ status: 'ok', model: 'symbols.onnx' });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(log).toContain('shutting down');
  });
});
