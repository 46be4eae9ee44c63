import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it, vi } from 'vitest';
import { inkSequence } from '../pipeline/ink/inkSequence.ts';
import type { ModelImage } from '../pipeline/types.ts';
import { loadNodeClassifier, SMALL_BATCH } from './loadNodeClassifier.ts';

const fixtures = 'test/fixtures/models';

/** Ink in horizontal band k of 10 (rows 2.8k..2.8(k+1)): the toy models' class k. */
function band(k: number): ModelImage {
  const img = new Float32Array(784);
  for (let y = Math.ceil(2.8 * k); y < Math.floor(2.8 * (k + 1)); y++)
    for (let x = 4; x < 24; x++) img[y * 28 + x] = 1;
  return img as ModelImage;
}

describe('loadNodeClassifier', () => {
  it('loads the shipped model with its labels and returns rows that sum to 1', async () => {
    const c = await loadNodeClassifier('models/symbols.onnx');
    expect(c.labels).toEqual(c.info.labels);
    expect(c.labels).toContain('×');
    const rows = await c.classify([band(1), band(5), band(9)]);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toHaveLength(c.labels.length);
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    await c.close();
  });

  it('scores an image the same in a small batch (one thread) as in a large one (two)', async () => {
    const c = await loadNodeClassifier('models/symbols.onnx', { threads: 2 });
    const [alone] = await c.classify([band(3)]);
    const many = await c.classify(Array.from({ length: SMALL_BATCH + 3 }, (_, i) => band(i)));
    for (let i = 0; i < alone!.length; i++) expect(many[3]![i]).toBeCloseTo(alone![i]!, 5);
    await c.close();
  });

  it("runs the old app's contract: [N, 28, 28], sigmoid scores normalised, labels 0-9 by default", async () => {
    const c = await loadNodeClassifier(join(fixtures, 'sigmoid-n28x28.onnx'));
    expect(c.labels).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const rows = await c.classify([band(2), band(7)]);
    expect(rows.map((r) => r.indexOf(Math.max(...r)))).toEqual([2, 7]);
    for (const r of rows) expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    // Raw scores are sigmoids that do not sum to 1: the normalisation did real work.
    const raw = await c.classifyRaw(new Float32Array(band(2)), 1);
    expect(raw.reduce((a, b) => a + b, 0)).not.toBeCloseTo(1, 2);
    await c.close();
  });

  it('runs a fixed-batch-1 model one symbol at a time, softmaxing its logits', async () => {
    const c = await loadNodeClassifier(join(fixtures, 'logits-batch1.onnx'));
    const rows = await c.classify([band(0), band(4), band(8)]);
    expect(rows.map((r) => r.indexOf(Math.max(...r)))).toEqual([0, 4, 8]);
    for (const r of rows) {
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(Math.min(...r)).toBeGreaterThanOrEqual(0);
    }
    await c.close();
  });

  it('takes labels from the JSON beside the model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-'));
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 'm.onnx'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ labels: 'abcdefghij'.split('') }));
    const c = await loadNodeClassifier(join(dir, 'm.onnx'));
    expect(c.labels.join('')).toBe('abcdefghij');
    await c.close();
  });

  it('refuses a model whose input does not fit, naming the path and the shape it found', async () => {
    const path = join(fixtures, 'wrong-input.onnx');
    await expect(loadNodeClassifier(path)).rejects.toMatchObject({
      code: 'model-shape',
      message: expect.stringMatching(/wrong-input\.onnx.*32, 32/),
    });
  });

  it('refuses a labels file that does not match the outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-'));
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 'm.onnx'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ labels: ['a', 'b'] }));
    await expect(loadNodeClassifier(join(dir, 'm.onnx'))).rejects.toMatchObject({
      code: 'model-shape',
      message: expect.stringMatching(/10 scores but there are 2 labels/),
    });
  });

  it('says so when the file is missing or is not a model', async () => {
    await expect(loadNodeClassifier('nope/missing.onnx')).rejects.toMatchObject({
      code: 'model-load',
      message: expect.stringContaining('nope/missing.onnx'),
    });
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-'));
    writeFileSync(join(dir, 'junk.onnx'), 'not a model');
    await expect(loadNodeClassifier(join(dir, 'junk.onnx'))).rejects.toMatchObject({
      code: 'model-load',
      message: expect.stringContaining('junk.onnx'),
    });
  });

  it('loads the trajectory model the shipped JSON names, its rows in the same labels', async () => {
    const c = await loadNodeClassifier('models/symbols.onnx');
    expect(c.classifySequences).toBeDefined();
    const line = inkSequence([
      [
        [0, 0],
        [0, 100],
      ],
    ]);
    const plus = inkSequence([
      [
        [0, 50],
        [100, 50],
      ],
      [
        [50, 0],
        [50, 100],
      ],
    ]);
    const rows = await c.classifySequences!([line, plus]);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toHaveLength(c.labels.length);
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    const best = (r: Float32Array): string => c.labels[r.indexOf(Math.max(...r))]!;
    expect(best(rows[0]!)).toBe('1');
    expect(best(rows[1]!)).toBe('+');
    await c.close();
  });

  it('reads by the images alone when the JSON names no trajectory model', async () => {
    const c = await loadNodeClassifier(join(fixtures, 'sigmoid-n28x28.onnx'));
    expect(c.classifySequences).toBeUndefined();
    await c.close();
  });

  it('says which trajectory file is missing, and refuses one that does not fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-'));
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 'm.onnx'));
    const labels = '0123456789'.split('');
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ labels, trajectory: { file: 't.onnx' } }));
    await expect(loadNodeClassifier(join(dir, 'm.onnx'))).rejects.toMatchObject({
      code: 'model-load',
      message: expect.stringMatching(/t\.onnx.*does not exist/),
    });
    // An image model is no trajectory model: its input is a picture, not a pen's path.
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 't.onnx'));
    await expect(loadNodeClassifier(join(dir, 'm.onnx'))).rejects.toMatchObject({
      code: 'model-shape',
      message: expect.stringMatching(/Trajectory model t\.onnx does not fit.*\[N, 5, 64\]/),
    });
  });

  it('lets go of the sessions it opened when the trajectory model does not fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ink-calc-model-'));
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 'm.onnx'));
    copyFileSync(join(fixtures, 'sigmoid-n28x28.onnx'), join(dir, 't.onnx'));
    const labels = '0123456789'.split('');
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ labels, trajectory: { file: 't.onnx' } }));
    const create = ort.InferenceSession.create.bind(ort.InferenceSession);
    const opened: { released: boolean }[] = [];
    const spy = vi.spyOn(ort.InferenceSession, 'create').mockImplementation((async (
      ...args: Parameters<typeof create>
    ) => {
      const session = await create(...args);
      const seen = { released: false };
      opened.push(seen);
      const release = session.release.bind(session);
      session.release = async () => {
        seen.released = true;
        await release();
      };
      return session;
    }) as typeof ort.InferenceSession.create);
    try {
      await expect(loadNodeClassifier(join(dir, 'm.onnx'), { threads: 2 })).rejects.toMatchObject({
        code: 'model-shape',
      });
    } finally {
      spy.mockRestore();
    }
    // Two image sessions (small and large batches) and the trajectory one, all let go.
    expect(opened).toHaveLength(3);
    expect(opened.every((s) => s.released)).toBe(true);
  });
});
