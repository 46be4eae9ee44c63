import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEQUENCE_FEATURES, SEQUENCE_POINTS, type InkSequence } from '../pipeline/types.ts';
import { loadNodeClassifier } from './loadNodeClassifier.ts';
import { loadWebClassifier } from './loadWebClassifier.ts';

// onnxruntime-web runs its wasm in Node too: the page's loader, with fetch served from here.
const BASE = 'http://calc.test/app/model/';
const DIGITS = [...'0123456789'];
const IMAGE_MODEL = readFileSync('test/fixtures/models/sigmoid-n28x28.onnx');

/** Serves `files` (by name under BASE) to fetch, 404 for anything else; returns what was asked. */
function serve(files: Record<string, Uint8Array | object>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = url.startsWith(BASE) ? files[url.slice(BASE.length)] : undefined;
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body));
  });
  return asked;
}

function sequences(n: number): InkSequence[] {
  let seed = 7;
  const next = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  return Array.from(
    { length: n },
    () => Float32Array.from({ length: SEQUENCE_FEATURES * SEQUENCE_POINTS }, next) as InkSequence,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadWebClassifier', () => {
  it('loads the trajectory model the JSON names from trajectory.onnx, reading as Node does', async () => {
    const trajectory = readFileSync('test/fixtures/models/trajectory-10.onnx');
    const json = { labels: DIGITS, trajectory: { file: 'm.trajectory.onnx' } };
    const asked = serve({
      'model.onnx': IMAGE_MODEL,
      'model.json': json,
      'trajectory.onnx': trajectory,
    });
    const web = await loadWebClassifier(`${BASE}model.onnx`, { labelsUrl: `${BASE}model.json` });
    expect(asked.sort()).toEqual([
      `${BASE}model.json`,
      `${BASE}model.onnx`,
      `${BASE}trajectory.onnx`,
    ]);
    expect(web.classifySequences).toBeTypeOf('function');

    // The same files on disk, as the server loads them.
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-web-'));
    copyFileSync('test/fixtures/models/sigmoid-n28x28.onnx', join(dir, 'm.onnx'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify(json));
    writeFileSync(join(dir, 'm.trajectory.onnx'), trajectory);
    const node = await loadNodeClassifier(join(dir, 'm.onnx'), { threads: 1 });

    const input = sequences(3);
    const [fromWeb, fromNode] = [
      await web.classifySequences!(input),
      await node.classifySequences!(input),
    ];
    expect(fromWeb).toHaveLength(3);
    for (const [k, row] of fromWeb.entries()) {
      expect(row).toHaveLength(DIGITS.length);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      for (let i = 0; i < row.length; i++) expect(row[i]).toBeCloseTo(fromNode[k]![i]!, 5);
    }
    // The rows depend on the ink: the fixture is not a constant.
    expect(fromWeb[0]![0]).not.toBeCloseTo(fromWeb[1]![0]!, 3);
    expect(await web.classifySequences!([])).toEqual([]);
    await web.close();
    await node.close();
  });

  it('asks for no trajectory model when the JSON names none', async () => {
    const asked = serve({ 'model.onnx': IMAGE_MODEL, 'model.json': { labels: DIGITS } });
    const web = await loadWebClassifier(`${BASE}model.onnx`, { labelsUrl: `${BASE}model.json` });
    expect(web.classifySequences).toBeUndefined();
    expect(asked.some((u) => u.includes('trajectory'))).toBe(false);
    await web.close();
  });

  it('fails to load, naming the URL, when the trajectory model is missing or does not fit', async () => {
    const json = { labels: DIGITS, trajectory: { file: 'm.trajectory.onnx' } };
    serve({ 'model.onnx': IMAGE_MODEL, 'model.json': json });
    await expect(
      loadWebClassifier(`${BASE}model.onnx`, { labelsUrl: `${BASE}model.json` }),
    ).rejects.toMatchObject({
      code: 'model-load',
      message: expect.stringContaining(`${BASE}trajectory.onnx`),
    });

    serve({
      'model.onnx': IMAGE_MODEL,
      'model.json': json,
      'trajectory.onnx': readFileSync('test/fixtures/models/trajectory-4.onnx'),
    });
    await expect(
      loadWebClassifier(`${BASE}model.onnx`, { labelsUrl: `${BASE}model.json` }),
    ).rejects.toMatchObject({
      code: 'model-shape',
      message: expect.stringContaining(`${BASE}trajectory.onnx`),
    });
  });
});
