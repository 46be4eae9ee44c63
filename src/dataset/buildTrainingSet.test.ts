import { describe, expect, it } from 'vitest';
import { inkSequence } from '../pipeline/ink/inkSequence.ts';
import { SEQUENCE_FEATURES, SEQUENCE_POINTS } from '../pipeline/types.ts';
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

const SIZE = SEQUENCE_FEATURES * SEQUENCE_POINTS;

function sequence(part: DatasetPart, i: number): Float32Array {
  return part.sequences!.subarray(i * SIZE, (i + 1) * SIZE);
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

  it('gives every image the inkSequence of the ink it was rendered from', () => {
    const parts = buildTrainingSet(digits, { ...options, glyphsPerClass: 5 });
    expect(parts.map((p) => p.name)).toEqual([
      'pendigits',
      'operators',
      'ones',
      'reject',
      'glyphs',
      'glyph-reject',
    ]);
    for (const p of parts) {
      expect(p.sequences, p.name).toBeInstanceOf(Float32Array);
      expect(p.sequences!.length, p.name).toBe(p.labels.length * SIZE);
      expect(p.sequences!.every(Number.isFinite), p.name).toBe(true);
      p.labels.forEach((_, i) => {
        const s = sequence(p, i);
        // Every item has ink: its points (x, y channels) are not all at the centre.
        expect(
          s.subarray(0, 2 * SEQUENCE_POINTS).some((v) => v !== 0),
          `${p.name} ${i}`,
        ).toBe(true);
      });
    }
    // Each digit's original is rendered from its strokes as they came: the same ink here.
    const pendigits = parts[0]!;
    digits.forEach((d, k) => {
      const i = k * (options.digitCopies + 1);
      expect(pendigits.labels[i]).toBe(d.label);
      expect(sequence(pendigits, i)).toEqual(inkSequence(d.strokes));
    });
    // The copies are augmented: their sequences differ from the original's.
    expect(sequence(pendigits, 1)).not.toEqual(sequence(pendigits, 0));
  });
});
