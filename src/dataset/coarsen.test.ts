import { describe, expect, it } from 'vitest';
import { coarsen } from './coarsen.ts';
import type { Ink } from '../pipeline/types.ts';

// A slanted `1`, 200 tall, leaning 40 to the right, sampled sparsely.
const one: Ink = [
  [
    [40, 0],
    [20, 100],
    [0, 200],
  ],
];

describe('coarsen', () => {
  it('rescales the longer side to `units` cells and snaps each point to a whole cell', () => {
    expect(coarsen(one, 10)).toEqual([
      [
        [2, 0],
        [1, 5],
        [0, 10],
      ],
    ]);
  });

  it('drops points that fall in the cell of the point before', () => {
    const dense: Ink = [
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [100, 100],
      ],
    ];
    expect(coarsen(dense, 10)).toEqual([
      [
        [0, 0],
        [10, 10],
      ],
    ]);
  });

  it('keeps one point for a dot, and an empty stroke empty', () => {
    expect(
      coarsen(
        [
          [
            [5, 5],
            [5, 5],
          ],
          [],
        ],
        10,
      ),
    ).toEqual([[[0, 0]], []]);
  });
});
