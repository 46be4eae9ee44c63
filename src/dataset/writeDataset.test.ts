import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTrainingSet } from './buildTrainingSet.ts';
import { writeDataset, type DatasetPart } from './writeDataset.ts';

const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const hasNumpy = spawnSync(PYTHON, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
if (!hasNumpy) {
  console.warn(
    `${PYTHON} with numpy not found: skipping the TS→Python dataset agreement test ` +
      '(apt-get install -y --no-install-recommends python3-numpy).',
  );
}

// Two strokes that make a clear `7`, and a `1`: enough to render real images.
const seven = [
  [
    [0, 0],
    [50, 0],
  ],
  [
    [50, 0],
    [20, 80],
  ],
] as const;
const one = [
  [
    [10, 0],
    [12, 80],
  ],
] as const;

describe.skipIf(!hasNumpy)('dataset written by TypeScript, read by the trainer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ink-calc-dataset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back exactly the bytes and labels that were written', () => {
    const parts = buildTrainingSet(
      [
        { label: '7', strokes: seven },
        { label: '1', strokes: one },
      ],
      { seed: 7, digitCopies: 2, operatorsPerClass: 2, ones: 2, rejects: 3 },
    );
    writeDataset(dir, parts);
    const r = spawnSync(PYTHON, ['training/data.py', '--checksum', dir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as Record<
      string,
      {
        count: number;
        sums: number[];
        weighted: number[];
        labels: string[];
        sequences: { shape: number[]; sha256: string };
      }
    >;
    for (const p of parts) {
      const n = p.labels.length;
      const sums: number[] = [];
      const weighted: number[] = [];
      for (let i = 0; i < n; i++) {
        let s = 0;
        let w = 0;
        for (let k = 0; k < 784; k++) {
          s += p.images[i * 784 + k]!;
          w += p.images[i * 784 + k]! * k;
        }
        sums.push(s);
        weighted.push(w);
      }
      // The sequences as data.py reads them: [N, 5, 64] float32, the very bytes written.
      const sequences = {
        shape: [n, 5, 64],
        sha256: createHash('sha256')
          .update(
            new Uint8Array(p.sequences!.buffer, p.sequences!.byteOffset, p.sequences!.byteLength),
          )
          .digest('hex'),
      };
      expect(got[p.name]).toEqual({ count: n, sums, weighted, labels: p.labels, sequences });
      // Images are real renders, not blanks that would agree trivially.
      expect(Math.min(...sums)).toBeGreaterThan(1000);
    }
  });
});

describe('writeDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ink-calc-dataset-seq-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const image = new Uint8Array(784 * 2).fill(7);

  it("writes a part's sequences as little-endian float32 and names them in the manifest", () => {
    const sequences = new Float32Array(2 * 320).map((_, i) => i / 8 - 3);
    writeDataset(dir, [
      { name: 'drawn', images: image, labels: ['1', '+'], sequences },
      { name: 'scanned', images: image, labels: ['2', '3'] },
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      sequenceShape: number[];
      parts: Record<string, unknown>[];
    };
    expect(manifest.sequenceShape).toEqual([5, 64]);
    expect(manifest.parts).toEqual([
      { name: 'drawn', file: 'drawn.u8', count: 2, sequences: 'drawn.seq.f32', labels: ['1', '+'] },
      // A part without sequences has the entry it always had, and no file beside it.
      { name: 'scanned', file: 'scanned.u8', count: 2, labels: ['2', '3'] },
    ]);
    expect(existsSync(join(dir, 'scanned.seq.f32'))).toBe(false);
    const bytes = readFileSync(join(dir, 'drawn.seq.f32'));
    expect(bytes.length).toBe(2 * 320 * 4);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const back = Float32Array.from({ length: 2 * 320 }, (_, i) => view.getFloat32(i * 4, true));
    expect(back).toEqual(sequences);
  });

  it('writes no sequenceShape when no part has sequences', () => {
    const parts: DatasetPart[] = [{ name: 'scanned', images: image, labels: ['2', '3'] }];
    writeDataset(dir, parts);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as object;
    expect(manifest).not.toHaveProperty('sequenceShape');
  });

  it('refuses sequences that do not match the labels', () => {
    expect(() =>
      writeDataset(dir, [
        { name: 'short', images: image, labels: ['1', '2'], sequences: new Float32Array(320) },
      ]),
    ).toThrow(/part short: 320 sequence floats for 2 labels/);
  });
});
