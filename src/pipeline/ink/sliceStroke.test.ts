import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inkBounds } from '../geometry/inkBounds.ts';
import { sliceStroke } from './sliceStroke.ts';
import type { InkPoint, Stroke } from '../types.ts';

/** An ellipse traced from its top, counter-clockwise as most people write a `0`. */
function zero(cx: number, cy: number, rx: number, ry: number, n = 40): InkPoint[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = -Math.PI / 2 - (i / n) * 2 * Math.PI;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)] as const;
  });
}

/** `10` in one motion: down the 1, along the bottom, up into the 0 and round it. */
const ten: Stroke = [
  [0, 0],
  [0, 50],
  [0, 100],
  [20, 100],
  [40, 100],
  ...zero(60, 50, 20, 50).slice(20),
  ...zero(60, 50, 20, 50).slice(0, 21),
];

const boxesOf = (slices: ReturnType<typeof sliceStroke>) =>
  slices.map((s) => {
    const b = inkBounds(s);
    return [b.x, b.x + b.w].map(Math.round);
  });

describe('sliceStroke', () => {
  it('cuts `10` written in one motion through the link between the digits', () => {
    const slices = sliceStroke(ten);
    expect(slices).toHaveLength(2);
    const [one, nought] = boxesOf(slices);
    expect(one![0]).toBe(0);
    expect(nought![1]).toBe(80);
    // The cut lies on the link (x 0..40 at the foot), and both sides meet there.
    expect(one![1]).toBe(nought![0]);
    expect(one![1]).toBeGreaterThan(0);
    expect(one![1]).toBeLessThanOrEqual(40);
  });

  it('keeps every sample, in order, and joins the pieces at the cut', () => {
    const slices = sliceStroke(ten);
    const points = slices.flat(2);
    for (const p of ten) expect(points).toContainEqual(p);
    // Every piece but the first starts where another one ends: the pen's path is unbroken.
    const pieces = slices.flat();
    expect(pieces.length).toBeGreaterThan(1);
    const ends = pieces.map((p) => p[p.length - 1]);
    for (const piece of pieces) if (piece[0] !== ten[0]) expect(ends).toContainEqual(piece[0]);
  });

  it('leaves single symbols whole: a 0, a 2, a wide 4 in one stroke, a bar', () => {
    expect(sliceStroke(zero(50, 50, 40, 50))).toHaveLength(1);
    const two: Stroke = [
      [0, 20],
      [30, 0],
      [60, 20],
      [0, 100],
      [70, 100],
    ];
    expect(sliceStroke(two)).toHaveLength(1);
    const four: Stroke = [
      [20, 0],
      [0, 60],
      [80, 60],
    ];
    expect(sliceStroke(four)).toHaveLength(1);
    const bar: Stroke = [
      [0, 0],
      [50, 3],
      [100, 1],
    ];
    expect(sliceStroke(bar)).toHaveLength(1);
  });

  it('does not cut the bar of a `+` drawn beside a taller stroke into digits', () => {
    // A wobbly bar, tall for its width, but short beside the `+`'s upright (height 100).
    const wobble: Stroke = Array.from({ length: 30 }, (_, i) => [i * 3, i % 10 < 5 ? 0 : 30]);
    expect(sliceStroke(wobble, { minAspect: 0.8 }).length).toBeGreaterThan(1);
    expect(sliceStroke(wobble, { height: 100 })).toHaveLength(1);
  });

  it('returns whole strokes for degenerate input and never loses a point', () => {
    expect(sliceStroke([])).toEqual([[[]]]);
    expect(sliceStroke([[1, 1]])).toEqual([[[[1, 1]]]]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), {
          minLength: 3,
          maxLength: 40,
        }),
        (pts) => {
          const stroke = pts as InkPoint[];
          const slices = sliceStroke(stroke);
          const out = slices.flat(2);
          for (const p of stroke) expect(out).toContainEqual(p);
          for (const s of slices) expect(s.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
