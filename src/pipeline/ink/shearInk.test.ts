import { describe, expect, it } from 'vitest';
import { shearInk } from './shearInk.ts';

describe('shearInk', () => {
  it('moves each point sideways in proportion to its height, keeping y and t', () => {
    expect(
      shearInk(
        [
          [
            [0, 0, 5],
            [0, 10, 6],
          ],
          [[4, 20]],
        ],
        0.5,
      ),
    ).toEqual([
      [
        [0, 0, 5],
        [5, 10, 6],
      ],
      [[14, 20]],
    ]);
  });

  it('is the identity at 0 and undone by its negative', () => {
    const ink = [
      [
        [1, 2],
        [3, 4],
      ],
    ] as const;
    expect(shearInk(ink, 0)).toEqual(ink);
    expect(shearInk(shearInk(ink, 0.3), -0.3)[0]![1]![0]).toBeCloseTo(3);
  });
});
