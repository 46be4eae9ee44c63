import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commonestLevel,
  countLevels,
  countLevelsAt,
  countLevelsInBox,
  countLevelsWhere,
  LEVELS,
  lowerMedian,
  otsuThreshold,
  peakLevel,
  quantileFrom,
  upperMedian,
} from './histogram.ts';

const histogram = (levels: Record<number, number>): Uint32Array => {
  const h = new Uint32Array(LEVELS);
  for (const [v, n] of Object.entries(levels)) h[Number(v)] = n;
  return h;
};

const levelList = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 60 });
const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

describe('countLevels and its selections', () => {
  it('counts every value, in either kind of histogram', () => {
    fc.assert(
      fc.property(levelList, (values) => {
        const counts = countLevels(values);
        const doubles = countLevels(values, new Float64Array(LEVELS));
        expect(counts).toBeInstanceOf(Uint32Array);
        expect(doubles).toBeInstanceOf(Float64Array);
        const expected = new Array<number>(LEVELS).fill(0);
        for (const v of values) expected[v]!++;
        expect([...counts]).toEqual(expected);
        expect([...doubles]).toEqual(expected);
      }),
    );
  });

  it('adds to the histogram it is given', () => {
    const into = histogram({ 3: 2 });
    expect(countLevels([3, 4], into)).toBe(into);
    expect([into[3], into[4]]).toEqual([3, 1]);
  });

  it('counts only the values at the indices, or where the mask is set', () => {
    const values = [10, 20, 20, 30, 10];
    expect(countLevelsAt(values, Int32Array.of(1, 2, 4))).toEqual(histogram({ 10: 1, 20: 2 }));
    expect(countLevelsWhere(values, Uint8Array.of(1, 0, 1, 1, 0))).toEqual(
      histogram({ 10: 1, 20: 1, 30: 1 }),
    );
  });

  it('counts a box of an image, every step-th pixel each way', () => {
    // 4×3 image whose pixel at (x, y) is 10y + x.
    const data = Uint8Array.from({ length: 12 }, (_, i) => 10 * Math.floor(i / 4) + (i % 4));
    const image = { width: 4, height: 3, data };
    const box = { x0: 1, y0: 0, x1: 4, y1: 3 };
    expect(countLevelsInBox(image, box)).toEqual(
      histogram({ 1: 1, 2: 1, 3: 1, 11: 1, 12: 1, 13: 1, 21: 1, 22: 1, 23: 1 }),
    );
    expect(countLevelsInBox(image, box, 2)).toEqual(histogram({ 1: 1, 3: 1, 21: 1, 23: 1 }));
    // Fractional ends stop before them, as a middle half of an odd size does.
    expect(countLevelsInBox(image, { x0: 1, y0: 1, x1: 2.5, y1: 1.5 })).toEqual(
      histogram({ 11: 1, 12: 1 }),
    );
  });
});

describe('lowerMedian and upperMedian', () => {
  it('agree on an odd count and take the lower or upper middle value of an even one', () => {
    expect(lowerMedian(histogram({ 5: 1, 9: 1, 200: 1 }))).toBe(9);
    expect(upperMedian(histogram({ 5: 1, 9: 1, 200: 1 }))).toBe(9);
    expect(lowerMedian(histogram({ 5: 1, 200: 1 }))).toBe(5);
    expect(upperMedian(histogram({ 5: 1, 200: 1 }))).toBe(200);
  });

  it('are the sorted values at ceil(n / 2) − 1 and floor(n / 2)', () => {
    fc.assert(
      fc.property(levelList, (values) => {
        const s = sorted(values);
        expect(lowerMedian(countLevels(values, new Float64Array(LEVELS)))).toBe(
          s[Math.ceil(s.length / 2) - 1],
        );
        expect(upperMedian(countLevels(values))).toBe(s[s.length >> 1]);
      }),
    );
  });

  it('reads a histogram of any length (runs up to a longest one)', () => {
    const runs = new Uint32Array(129);
    runs[2] = 3;
    runs[128] = 2;
    expect(upperMedian(runs)).toBe(2);
    expect(upperMedian(new Uint32Array(129))).toBe(0);
  });
});

describe('quantileFrom', () => {
  it('takes the p-quantile of the levels at or above `from` only', () => {
    const h = histogram({ 2: 100, 50: 5, 60: 4, 90: 1 });
    expect(quantileFrom(h, 24, 0.9)).toBe(60);
    expect(quantileFrom(h, 24, 0.5)).toBe(50);
    expect(quantileFrom(h, 0, 0.5)).toBe(2);
  });

  it('is -1 when nothing is at or above `from`', () => {
    expect(quantileFrom(histogram({ 2: 100 }), 24, 0.9)).toBe(-1);
    expect(quantileFrom(histogram({ 2: 100 }), LEVELS, 0.9)).toBe(-1);
  });

  it('is the sorted value at ceil(p · n) − 1', () => {
    fc.assert(
      fc.property(levelList, fc.double({ min: 0.01, max: 1, noNaN: true }), (values, p) => {
        const s = sorted(values);
        expect(quantileFrom(countLevels(values), 0, p)).toBe(
          s[Math.max(0, Math.ceil(p * s.length) - 1)],
        );
      }),
    );
  });
});

describe('otsuThreshold', () => {
  it('splits two clusters between them', () => {
    const t = otsuThreshold(histogram({ 0: 500, 2: 300, 80: 40, 90: 60 }));
    expect(t).toBeGreaterThan(2);
    expect(t).toBeLessThanOrEqual(80);
  });

  it('gives the histogram length (nothing above) for a single level or none', () => {
    expect(otsuThreshold(new Float64Array(LEVELS))).toBe(LEVELS);
    expect(otsuThreshold(histogram({ 7: 1000 }))).toBe(LEVELS);
  });

  it('maximises the between-class variance over every split', () => {
    fc.assert(
      fc.property(levelList, (values) => {
        const h = countLevels(values, new Float64Array(LEVELS));
        const between = (t: number): number => {
          const lo = values.filter((v) => v < t);
          const hi = values.filter((v) => v >= t);
          if (lo.length === 0 || hi.length === 0) return 0;
          const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
          return lo.length * hi.length * (mean(lo) - mean(hi)) ** 2;
        };
        const t = otsuThreshold(h);
        let best = 0;
        for (let u = 1; u < LEVELS; u++) best = Math.max(best, between(u));
        expect(Math.abs((t === LEVELS ? 0 : between(t)) - best)).toBeLessThanOrEqual(1e-9 * best);
      }),
    );
  });
});

describe('peakLevel', () => {
  it('is the single level counted most, the lowest of a tie, 0 when empty', () => {
    expect(peakLevel(histogram({ 20: 40, 224: 10, 226: 20, 228: 20, 231: 10 }))).toBe(20);
    expect(peakLevel(histogram({ 30: 5, 200: 5 }))).toBe(30);
    expect(peakLevel(new Uint32Array(LEVELS))).toBe(0);
  });
});

describe('commonestLevel', () => {
  it('counts nearby levels together: grainy paper outweighs a sharper peak of ink', () => {
    // 60 paper pixels spread over 224..231, 40 ink pixels all at 20.
    const h = histogram({ 20: 40, 224: 10, 226: 20, 228: 20, 231: 10 });
    expect(commonestLevel(h)).toBeCloseTo((224 * 10 + 226 * 20 + 228 * 20 + 231 * 10) / 60, 5);
  });

  it('gives the level itself for a flat region, and 0 for an empty histogram', () => {
    expect(commonestLevel(histogram({ 255: 9 }))).toBe(255);
    expect(commonestLevel(new Uint32Array(256))).toBe(0);
  });
});
