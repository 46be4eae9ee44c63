import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.ts';
import { splitFusedDots } from './splitFusedDots.ts';
import { testPaper, type Point } from './testPaper.ts';

/** Line height of the drawings below: a `1` 80 px tall. */
const HEIGHT = 80;
const one: Point[] = [
  [60, 30],
  [60, 110],
];
/** A tap of the pen: a disc as wide as the pen. */
const dotAt = (x: number, y: number): Point[] => [
  [x, y],
  [x + 0.5, y],
];

const split = (lines: readonly (readonly Point[])[], height = HEIGHT) => {
  const paper = testPaper(lines);
  const map = connectedComponents(paper);
  return { before: map.components, after: splitFusedDots(map, paper.width, height).components };
};

describe('splitFusedDots', () => {
  it('cuts a point the pen joined to the foot of a digit, after it, before it or under it', () => {
    for (const [x, y] of [
      [65, 114],
      [55, 114],
      [60, 116],
    ] as const) {
      const { before, after } = split([one, dotAt(x, y)]);
      expect(before).toHaveLength(1);
      expect(after).toHaveLength(2);
      const [digit, dot] = [...after].sort((a, b) => b.pixelCount - a.pixelCount);
      expect(digit!.box.h).toBeGreaterThanOrEqual(80);
      expect(Math.max(dot!.box.w, dot!.box.h)).toBeLessThan(12);
      expect(dot!.box.y).toBeGreaterThan(105);
      expect(digit!.pixelCount + dot!.pixelCount).toBe(before[0]!.pixelCount);
    }
  });

  it('cuts a point drawn as a small scribble, but no serif as long as a third of the digit', () => {
    const scribble: Point[] = [
      [66, 114],
      [71, 114],
      [71, 119],
      [66, 119],
    ];
    expect(split([one, scribble]).after).toHaveLength(2);
    const serif: Point[] = [
      [64, 115],
      [92, 115],
    ];
    expect(split([one, serif]).after).toHaveLength(1);
  });

  it('leaves strokes whole: a hook at the foot, a point at mid-height', () => {
    const hooked: Point[] = [...one, [67, 103]];
    expect(split([hooked]).after).toHaveLength(1);
    expect(split([one, dotAt(66, 70)]).after).toHaveLength(1);
  });

  it('leaves a point sunk deep into the end of the stroke, joined to it with no waist', () => {
    // Its core and the stroke's part at the erosion's depth, but the ink between them is
    // nearly as deep as the point: the stroke's own end, for all the picture says.
    expect(split([one, dotAt(63, 115)]).after).toHaveLength(1);
    expect(split([one, dotAt(65, 112)]).after).toHaveLength(1);
  });

  it('leaves a blob shorter than half the line (an exponent) whole', () => {
    const small: Point[] = [
      [60, 70],
      [60, 100],
    ];
    expect(split([small, dotAt(65, 104)]).after).toHaveLength(1);
    expect(split([small, dotAt(65, 104)], 40).after).toHaveLength(2);
  });
});
