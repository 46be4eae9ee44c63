import { describe, expect, it } from 'vitest';
import { adaptClassifier, type Example } from './adaptClassifier.ts';
import type { Classifier, ModelImage } from '../types.ts';

const LABELS = ['1', '(', '7'];
/** A 28×28 image with ink on the given pixel indexes. */
const image = (...on: number[]): ModelImage => {
  const a = new Float32Array(784);
  for (const i of on) a[i] = 1;
  return a as ModelImage;
};
/** A stand-in model that finds every image a `(` with p 0.6, `1` with 0.35, `7` 0.05. */
const unsure: Classifier = {
  labels: LABELS,
  classify: async (images) => images.map(() => Float32Array.from([0.35, 0.6, 0.05])),
};
const top = (row: Float32Array): string => LABELS[row.indexOf(Math.max(...row))]!;

describe('adaptClassifier', () => {
  const curvedOne = image(10, 38, 66, 94, 122, 150);
  const examples: Example[] = [{ image: curvedOne, label: '1' }];

  it('reads a symbol like a corrected one the way the user corrected it', async () => {
    const adapted = adaptClassifier(unsure, () => examples);
    // Five of six pixels shared: cosine 0.83.
    const [row] = await adapted.classify([image(10, 38, 66, 94, 122, 151)]);
    expect(top(row!)).toBe('1');
    expect(row!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('leaves symbols unlike any correction, and every symbol before any, untouched', async () => {
    const [far] = await adaptClassifier(unsure, () => examples).classify([image(400, 401, 402)]);
    expect([...far!]).toEqual([...Float32Array.from([0.35, 0.6, 0.05])]);
    const [none] = await adaptClassifier(unsure, () => []).classify([curvedOne]);
    expect(top(none!)).toBe('(');
  });

  it('makes the same shape read as corrected even against a confident model', async () => {
    const sure: Classifier = {
      labels: LABELS,
      classify: async (images) => images.map(() => Float32Array.from([0.0001, 0.9989, 0.001])),
    };
    const adapted = adaptClassifier(sure, () => examples);
    const [same, alike] = await adapted.classify([curvedOne, image(10, 38, 66, 94, 122, 151)]);
    expect(top(same!)).toBe('1');
    // Merely alike is a nudge, not an override.
    expect(top(alike!)).toBe('(');
  });

  it('sees corrections made after it was built, and ignores labels the model lacks', async () => {
    const later: Example[] = [];
    const adapted = adaptClassifier(unsure, () => later);
    later.push({ image: curvedOne, label: 'x' });
    expect(top((await adapted.classify([curvedOne]))[0]!)).toBe('(');
    later.push({ image: curvedOne, label: '7' });
    expect(top((await adapted.classify([curvedOne]))[0]!)).toBe('7');
  });

  it('names the label taught for look-alikes, following corrections as they come and go', () => {
    const later: Example[] = [];
    const adapted = adaptClassifier(unsure, () => later);
    const alike = image(10, 38, 66, 94, 122, 151);
    expect(adapted.taught?.(alike)).toBeUndefined();
    later.push({ image: curvedOne, label: '1' });
    // The same image asked about again after a correction: not an answer from before it.
    expect(adapted.taught?.(alike)).toBe('1');
    expect(adapted.taught?.(image(400, 401, 402))).toBeUndefined();
    later.splice(0, 1, { image: curvedOne, label: '7' });
    expect(adapted.taught?.(alike)).toBe('7');
  });
});
