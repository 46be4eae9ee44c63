import { describe, expect, it } from 'vitest';
import { inkBounds } from '../geometry/inkBounds.ts';
import type { Stroke } from '../types.ts';
import { attachedMarks } from './attachedMarks.ts';
import { inkDistance } from './inkDistance.ts';

// A `7`-like digit (a bar from (30, 0), down a stem at x 50) on a line 100 tall, and a mark.
const stem: Stroke = [
  [30, 0],
  [50, 0],
  [50, 100],
];
const attached = (mark: Stroke, withInk = true): boolean => {
  const pieces = [[stem], [mark]];
  const boxes = pieces.map((p) => inkBounds(p));
  return attachedMarks(boxes, 100, 50, withInk ? pieces : undefined)[1]!;
};

describe('inkDistance', () => {
  it('is 0 for crossing strokes and the gap otherwise', () => {
    expect(
      inkDistance(stem, [
        [40, 50],
        [60, 50],
      ]),
    ).toBe(0);
    expect(inkDistance(stem, [[53, 50]])).toBeCloseTo(3, 12);
    expect(inkDistance([[53, 50]], stem)).toBeCloseTo(3, 12);
    expect(
      inkDistance(stem, [
        [60, 120],
        [70, 130],
      ]),
    ).toBeCloseTo(Math.hypot(10, 20), 12);
  });
});

describe('attachedMarks', () => {
  it.each([
    [
      'a short bar crossing the stem (a `+`)',
      [
        [45, 50],
        [56, 50],
      ],
      true,
    ],
    [
      'a hat touching the stem top',
      [
        [51, 1],
        [60, 1],
      ],
      true,
    ],
    ['a tap inside the box, half way up', [[40, 40]], true],
    ['a decimal point clear of the stem', [[62, 98]], false],
    ['a decimal point tucked in under the bar, at the baseline', [[42, 97]], false],
    ['a raised dot in the gap after it', [[70, 50]], false],
  ] as const)('%s: %s', (_, mark, expected) => {
    expect(attached(mark as unknown as Stroke)).toBe(expected);
  });

  it('measures only small marks, and never the larger part', () => {
    const pieces = [
      [stem],
      [
        [
          [45, 50],
          [56, 50],
        ] as Stroke,
      ],
    ];
    const boxes = pieces.map((p) => inkBounds(p));
    expect(attachedMarks(boxes, 100, 5, pieces)).toEqual([false, false]);
    expect(attachedMarks(boxes, 100, 50, pieces)[0]).toBe(false);
  });

  it('in a picture (no strokes) goes by place alone', () => {
    expect(
      attached(
        [
          [42, 50],
          [56, 50],
        ],
        false,
      ),
    ).toBe(true);
    expect(
      attached(
        [
          [51, 1],
          [60, 1],
        ],
        false,
      ),
    ).toBe(false);
  });
});
