import { describe, expect, it } from 'vitest';
import type { Raster } from '../types.ts';
import { connectedComponents } from './connectedComponents.ts';
import { splitExponentMinus } from './splitExponentMinus.ts';
import { testPaper, type Point } from './testPaper.ts';

const boxes = (r: Raster): number[][] =>
  splitExponentMinus(r, connectedComponents(r)).components.map((c) => [
    c.box.x,
    c.box.y,
    c.box.w,
    c.box.h,
  ]);

const zero: Point[] = [
  [40, 30],
  [60, 50],
  [60, 90],
  [40, 110],
  [20, 90],
  [20, 50],
  [40, 30],
];
/** A minus that a thick pen joined to the `0`'s upper right. */
const minus: Point[] = [
  [58, 45],
  [85, 45],
];
const exponent: Point[] = [
  [95, 15],
  [115, 15],
  [115, 35],
  [95, 55],
  [118, 55],
];
const onTheLine: Point[] = exponent.map(([x, y]) => [x, y + 55]);

describe('splitExponentMinus', () => {
  it('cuts an exponent minus from the base it touches', () => {
    const cut = boxes(testPaper([zero, minus, exponent]));
    expect(cut).toHaveLength(3);
    // The `0` as drawn alone, then the minus, then the exponent.
    expect(cut[0]).toEqual(boxes(testPaper([zero]))[0]);
    expect(cut[1]![0]).toBeGreaterThan(60);
    expect(cut[1]![3]).toBeLessThan(10);
  });

  it('leaves the blob whole when nothing raised follows', () => {
    expect(boxes(testPaper([zero, minus]))).toHaveLength(1);
    expect(boxes(testPaper([zero, minus, onTheLine]))).toHaveLength(2);
  });

  it('leaves a `5`s hat and a `4`s bar, which are the top or low', () => {
    const five: Point[] = [
      [25, 30],
      [25, 65],
      [50, 60],
      [60, 80],
      [50, 108],
      [22, 100],
    ];
    const hat: Point[] = [
      [25, 30],
      [85, 30],
    ];
    expect(boxes(testPaper([five, hat, exponent]))).toHaveLength(2);
    const four: Point[] = [
      [45, 30],
      [20, 80],
      [85, 80],
    ];
    const stem: Point[] = [
      [55, 50],
      [55, 115],
    ];
    expect(boxes(testPaper([four, stem, exponent]))).toHaveLength(2);
  });
});
