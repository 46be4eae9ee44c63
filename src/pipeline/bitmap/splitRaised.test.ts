import { describe, expect, it } from 'vitest';
import type { Raster } from '../types.ts';
import { connectedComponents } from './connectedComponents.ts';
import { splitRaised } from './splitRaised.ts';
import { JOINED_POWER, testPaper, type Point } from './testPaper.ts';

const cut = (r: Raster, lineHeight = 80) => {
  const out = splitRaised(connectedComponents(r), r.width, lineHeight);
  return {
    boxes: out.components.map((c) => [c.box.x, c.box.y, c.box.w, c.box.h]),
    cut: [...out.cut],
    labels: out.labels,
  };
};

const { base: three, exponent } = JOINED_POWER;

describe('splitRaised', () => {
  it('offers an exponent joined to its base as a piece of its own', () => {
    const blob = testPaper([three, ...exponent]);
    expect(connectedComponents(blob).components).toHaveLength(1);
    const { boxes, cut: blobs } = cut(blob);
    expect(boxes).toHaveLength(2);
    // The base keeps the blob's id; the exponent is the piece on the right, high up.
    const [base, raised] = boxes as [number[], number[]];
    expect(raised[0]).toBeGreaterThan(base[0]!);
    expect(raised[1]! + raised[3]!).toBeLessThan(base[1]! + 0.6 * base[3]!);
    expect(blobs).toHaveLength(1);
  });

  it('leaves a `7`, whose bar is the top of the blob and whose stem is all of its foot', () => {
    const seven: Point[] = [
      [20, 40],
      [80, 40],
      [30, 120],
    ];
    const { boxes, cut: blobs, labels } = cut(testPaper([seven]));
    expect(boxes).toHaveLength(1);
    expect(blobs).toEqual([]);
    // A blob left whole keeps every pixel's label.
    expect(new Set(labels.filter((l) => l !== 0))).toEqual(new Set([1]));
  });

  it('leaves a root sign whose bar stands over its radicand', () => {
    const sign: Point[] = [
      [10, 90],
      [20, 80],
      [35, 125],
      [50, 30],
      [160, 30],
      [160, 45],
    ];
    const radicand: Point[] = [
      [80, 60],
      [80, 120],
    ];
    expect(cut(testPaper([sign, radicand])).boxes).toHaveLength(2);
  });

  it('leaves blobs shorter than the line: a raised piece of an exponent is no base', () => {
    expect(cut(testPaper([three, ...exponent]), 200).boxes).toHaveLength(1);
  });

  it('leaves a base with nothing raised after it, and pieces apart already', () => {
    expect(cut(testPaper([three])).boxes).toHaveLength(1);
    const apart = exponent.map((line) => line.map(([x, y]): Point => [x + 20, y]));
    expect(cut(testPaper([three, ...apart])).boxes).toHaveLength(2);
  });
});
