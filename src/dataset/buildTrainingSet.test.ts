import { describe, expect, it } from 'vitest';
import { buildTrainingSet, type LabelledInk } from './buildTrainingSet.ts';
import type { DatasetPart } from './writeDataset.ts';

const digits: LabelledInk[] = [
  {
    label: '0',
    strokes: [
      [
        [30, 0],
        [60, 50],
        [30, 100],
        [0, 50],
        [30, 0],
      ],
    ],
  },
  {
    label: '7',
    strokes: [
      [
        [0, 0],
        [60, 0],
        [20, 100],
      ],
    ],
  },
  {
    label: '1',
    strokes: [
      [
        [10, 0],
        [12, 100],
      ],
    ],
  },
];
const options = { seed: 3, digitCopies: 6, operatorsPerClass: 3, ones: 3, rejects: 4 };

function image(part: DatasetPart, i: number): Uint8Array {
  return part.images.subarray(i * 784, (i + 1) * 784);
}

describe('buildTrainingSet', () => {
  it('with `crossed` marks only copies of 0 and 7, and leaves every other image as it was', () => {
    const plain = buildTrainingSet(digits, options);
    const crossed = buildTrainingSet(digits, { ...options, crossed: 1 });
    expect(crossed.map((p) => p.labels)).toEqual(plain.map((p) => p.labels));
    const [digitsPlain, ...restPlain] = plain;
    const [digitsCrossed, ...restCrossed] = crossed;
    restCrossed.forEach((p, k) => expect(p.images).toEqual(restPlain[k]!.images));
    const changed = new Set<string>();
    digitsPlain!.labels.forEach((label, i) => {
      const same = image(digitsPlain!, i).every((v, k) => v === image(digitsCrossed!, i)[k]);
      if (!same) changed.add(label);
      // The original (the first image of each digit) is never marked.
      if (i % (options.digitCopies + 1) === 0) expect(same).toBe(true);
    });
    expect([...changed].sort()).toEqual(['0', '7']);
  });
});
