import { describe, expect, it } from 'vitest';
import { rasterise } from '../ink/rasterise.ts';
import type { Ink } from '../types.ts';
import { bareRootShape } from './bareRootShape.ts';
import { connectedComponents } from './connectedComponents.ts';

/** Whether the one component of `ink`, drawn 120 px tall with a thick pen, is a bare sign. */
const shaped = (ink: Ink): boolean => {
  const raster = rasterise(ink, { size: 120, penRatio: 0.07 });
  const map = connectedComponents(raster);
  expect(map.components).toHaveLength(1);
  return bareRootShape(map.labels, raster.width, map.components[0]!);
};

describe('bareRootShape', () => {
  it('holds for a sign without a bar: a short tick on the left of its point, the rise alone above', () => {
    expect(
      shaped([
        [
          [0, 70],
          [10, 100],
          [30, 0],
        ],
      ]),
    ).toBe(true);
    expect(
      shaped([
        [
          [0, 80],
          [14, 100],
          [18, 0],
        ],
      ]),
    ).toBe(true);
  });

  it('fails for a `1`, with or without a flat base, and for a `3`, a `5` and a `6`', () => {
    expect(
      shaped([
        [
          [10, 0],
          [10, 100],
        ],
      ]),
    ).toBe(false);
    expect(
      shaped([
        [
          [15, 0],
          [15, 100],
        ],
        [
          [0, 100],
          [30, 100],
        ],
      ]),
    ).toBe(false);
    const three: Ink = [
      [
        [2, 8],
        [20, 0],
        [32, 15],
        [12, 45],
        [34, 70],
        [22, 98],
        [0, 88],
      ],
    ];
    const five: Ink = [
      [
        [32, 0],
        [6, 0],
        [5, 45],
        [26, 48],
        [32, 75],
        [20, 100],
        [0, 90],
      ],
    ];
    const six: Ink = [
      [
        [28, 0],
        [5, 55],
        [10, 100],
        [30, 95],
        [30, 65],
        [8, 62],
      ],
    ];
    for (const digit of [three, five, six]) expect(shaped(digit)).toBe(false);
  });

  it('fails for a sign whose tick reaches half way up (a `4` drawn narrow) or that is wide', () => {
    expect(
      shaped([
        [
          [0, 20],
          [10, 100],
          [30, 0],
        ],
      ]),
    ).toBe(false);
    expect(
      shaped([
        [
          [0, 70],
          [10, 100],
          [90, 0],
        ],
      ]),
    ).toBe(false);
  });
});
