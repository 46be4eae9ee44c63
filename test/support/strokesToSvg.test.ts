import { describe, expect, it } from 'vitest';
import { strokesToSvg } from './strokesToSvg.ts';

const o = { inkHeight: 96, pen: 0.07, margin: 0, perLine: true };
const upright = (x: number, y: number, h: number): [number, number][] => [
  [x, y],
  [x + h / 3, y + h],
];

describe("the eval's pictures (strokesToSvg)", () => {
  it('draws a line of writing inkHeight tall', () => {
    const { height } = strokesToSvg([upright(0, 0, 40), upright(30, 5, 35)], o);
    expect(height).toBe(96);
  });

  it('draws a stacked fraction with its digits as tall as a line of them, not a third', () => {
    const bar: [number, number][] = [
      [0, 50],
      [60, 50],
    ];
    const ink = [upright(20, 0, 40), bar, upright(20, 60, 40)];
    const { height } = strokesToSvg(ink, o);
    // A digit 40 units tall is drawn 0.6 of inkHeight: the fraction's 100 units, 144 px.
    expect(height).toBe(144);
    // Dots over and under a bar (a `÷`) are no stacked writing.
    const dot = (x: number, y: number): [number, number][] => [
      [x, y],
      [x + 2, y + 3],
    ];
    expect(strokesToSvg([dot(28, 30), bar, dot(28, 67)], o).height).toBe(96);
    // A `7`'s bar under a line of digits is no fraction bar: each line is drawn as a line.
    const seven: [number, number][][] = [
      [
        [0, 130],
        [30, 130],
      ],
      [
        [30, 131],
        [15, 170],
      ],
    ];
    // Its line above (digits written a little unevenly, 70 units tall) is drawn 96 px tall.
    const above = [upright(0, 0, 40), upright(20, 30, 40)];
    expect(strokesToSvg([...above, ...seven], o).height).toBe(Math.ceil((170 * 96) / 70));
  });
});
