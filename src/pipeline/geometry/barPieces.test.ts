import { describe, expect, it } from 'vitest';
import { inkBox, type InkBox } from '../types.ts';
import { barPieces } from './barPieces.ts';

const box = (x: number, y: number, w: number, h: number): InkBox => inkBox(x, y, w, h);
// A line about 95 tall: dot-sized parts are under 48, marks within 4 touch.
const [REACH, SMALL] = [4, 48];
const ZERO = box(12, 14, 61, 94);
const NINE = box(164, 25, 59, 91);

describe('barPieces', () => {
  it('takes a tick drawn before a minus, level with its bar and touching it, for the bar', () => {
    expect(barPieces([ZERO, box(97, 67, 8, 14), box(105, 61, 45, 20), NINE], REACH, SMALL)).toEqual(
      [false, true, true, false],
    );
  });

  it('takes the pieces of a bar a photo broke in three for the bar', () => {
    const pieces = [box(97, 67, 7, 14), box(104, 67, 18, 14), box(122, 61, 28, 13)];
    expect(barPieces([ZERO, ...pieces, NINE], REACH, SMALL)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('leaves a decimal point at a digit’s foot free: a digit joins no run', () => {
    expect(
      barPieces([box(0, 0, 40, 90), box(42, 80, 8, 8), box(52, 0, 40, 90)], REACH, SMALL),
    ).toEqual([false, false, false]);
  });

  it('leaves a point after a minus free: it stands on the baseline, not level with the bar', () => {
    expect(
      barPieces([box(0, 40, 30, 6), box(32, 84, 8, 8), box(44, 0, 40, 90)], REACH, SMALL),
    ).toEqual([false, false, false]);
  });

  it('needs a bar in the run and the run flat, and marks only what is small', () => {
    // Two points side by side: no bar among them.
    expect(barPieces([box(0, 80, 8, 8), box(10, 80, 8, 8)], REACH, SMALL)).toEqual([false, false]);
    // A piece further than the reach from the bar's end.
    expect(barPieces([box(0, 40, 8, 8), box(20, 38, 40, 10)], REACH, SMALL)).toEqual([
      false,
      false,
    ]);
    // A long bar with a piece at its end: the bar is no dot-sized piece.
    expect(barPieces([box(0, 40, 80, 10), box(81, 42, 8, 8)], REACH, SMALL)).toEqual([false, true]);
  });
});
