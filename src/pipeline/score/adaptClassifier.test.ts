import { describe, expect, it } from 'vitest';
import { adaptClassifier, type Example } from './adaptClassifier.ts';
import { applyAdjustments } from './applyAdjustments.ts';
import { SCORING_STAGE } from './scoringStage.ts';
import { testCandidate } from './testCandidate.ts';
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

/** What the scoring stage's first phase makes of `image`, as a tall two-stroke candidate. */
async function read(c: Classifier, img: ModelImage): Promise<Float32Array> {
  const [row] = await c.classify([img]);
  const candidate = testCandidate([0, 0, 30, 100], { pieces: 2, taught: c.taught?.(img) });
  return applyAdjustments(row!, c.labels, SCORING_STAGE.candidate, candidate);
}

describe('adaptClassifier', () => {
  const curvedOne = image(10, 38, 66, 94, 122, 150);
  const examples: Example[] = [{ image: curvedOne, label: '1' }];

  it('reads a symbol like a corrected one the way the user corrected it', async () => {
    const adapted = adaptClassifier(unsure, () => examples);
    // Five of six pixels shared: cosine 0.83.
    const row = await read(adapted, image(10, 38, 66, 94, 122, 151));
    expect(top(row)).toBe('1');
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('passes the model its images and its probabilities through untouched', async () => {
    const [row] = await adaptClassifier(unsure, () => examples).classify([curvedOne]);
    expect([...row!]).toEqual([...Float32Array.from([0.35, 0.6, 0.05])]);
  });

  it('leaves symbols unlike any correction, and every symbol before any, untouched', async () => {
    const far = await read(
      adaptClassifier(unsure, () => examples),
      image(400, 401, 402),
    );
    expect([...far]).toEqual([...Float32Array.from([0.35, 0.6, 0.05])]);
    expect(
      top(
        await read(
          adaptClassifier(unsure, () => []),
          curvedOne,
        ),
      ),
    ).toBe('(');
  });

  it('makes the same shape read as corrected even against a confident model', async () => {
    const sure: Classifier = {
      labels: LABELS,
      classify: async (images) => images.map(() => Float32Array.from([0.0001, 0.9989, 0.001])),
    };
    const adapted = adaptClassifier(sure, () => examples);
    expect(top(await read(adapted, curvedOne))).toBe('1');
    // Merely alike is a nudge, not an override.
    expect(top(await read(adapted, image(10, 38, 66, 94, 122, 151)))).toBe('(');
  });

  it('sees corrections made after it was built, and ignores labels the model lacks', async () => {
    const later: Example[] = [];
    const adapted = adaptClassifier(unsure, () => later);
    later.push({ image: curvedOne, label: 'x' });
    expect(top(await read(adapted, curvedOne))).toBe('(');
    later.push({ image: curvedOne, label: '7' });
    expect(top(await read(adapted, curvedOne))).toBe('7');
  });

  it('names the label taught for look-alikes and how alike, following corrections', () => {
    const later: Example[] = [];
    const adapted = adaptClassifier(unsure, () => later);
    const alike = image(10, 38, 66, 94, 122, 151);
    expect(adapted.taught?.(alike)).toBeUndefined();
    later.push({ image: curvedOne, label: '1' });
    // The same image asked about again after a correction: not an answer from before it.
    expect(adapted.taught?.(alike)).toEqual({ label: '1', similarity: expect.closeTo(5 / 6, 6) });
    expect(adapted.taught?.(curvedOne)?.similarity).toBeCloseTo(1, 6);
    expect(adapted.taught?.(image(400, 401, 402))).toBeUndefined();
    later.splice(0, 1, { image: curvedOne, label: '7' });
    expect(adapted.taught?.(alike)?.label).toBe('7');
  });
});
