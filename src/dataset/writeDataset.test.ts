import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTrainingSet } from './buildTrainingSet.ts';
import { writeDataset } from './writeDataset.ts';

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
      { count: number; sums: number[]; weighted: number[]; labels: string[] }
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
      expect(got[p.name]).toEqual({ count: n, sums, weighted, labels: p.labels });
      // Images are real renders, not blanks that would agree trivially.
      expect(Math.min(...sums)).toBeGreaterThan(1000);
    }
  });
});
