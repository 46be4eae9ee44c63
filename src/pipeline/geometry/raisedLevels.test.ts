import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inkBox } from '../types.ts';
import { raisedLevels } from './raisedLevels.ts';

const box = (x: number, y: number, w: number, h: number) => inkBox(x, y, w, h);
const digit = (x: number) => box(x, 0, 10, 20);

describe('raisedLevels', () => {
  it('raises a smaller group after its base, and ends it back on the line', () => {
    expect(raisedLevels([digit(0), box(12, -4, 6, 10)])).toEqual([0, 1]);
    // 2³+4: the + stands at mid-height, the 4 on the line.
    expect(raisedLevels([digit(0), box(12, -4, 6, 10), box(22, 6, 8, 8), digit(32)])).toEqual([
      0, 1, 0, 0,
    ]);
    // 10⁻²: a flat minus opens the exponent.
    expect(raisedLevels([digit(0), digit(12), box(24, 1, 5, 1), box(31, -4, 6, 10)])).toEqual([
      0, 0, 1, 1,
    ]);
  });

  it("raises an exponent that starts a little over its base's right end", () => {
    // 1⁴ with a slanted 1, a picture's 3¹⁰: the exponent's first stroke reaches back over
    // the base by a tenth of its height, more than a fifth of the narrow box's width.
    expect(raisedLevels([box(0, 12, 23, 92), box(18, 0, 31, 45)])).toEqual([0, 1]);
    expect(raisedLevels([box(0, 26, 47, 78), box(44, 0, 11, 50), box(66, 2, 28, 48)])).toEqual([
      0, 1, 1,
    ]);
    // Further over it, it is no exponent (the hat of a `5` over its body).
    expect(raisedLevels([box(0, 12, 23, 92), box(8, 0, 31, 45)])).toEqual([0, 0]);
  });

  it('reads an exponent of an exponent', () => {
    expect(raisedLevels([digit(0), box(12, -4, 6, 10), box(19, -8, 3, 5)])).toEqual([0, 1, 2]);
  });

  it('leaves the marks of one symbol beside a digit on the line', () => {
    // =, ÷ and % after a digit: their upper bar, dot or circle stands high, but the rest of
    // the symbol overlaps it.
    expect(raisedLevels([digit(0), box(14, 5, 8, 1), box(14, 12, 8, 1)])).toEqual([0, 0, 0]);
    expect(raisedLevels([digit(0), box(17, 3, 1, 1), box(13, 9, 8, 1), box(17, 15, 1, 1)])).toEqual(
      [0, 0, 0, 0],
    );
    expect(
      raisedLevels([digit(0), box(13, 0, 5, 5), box(13, 0, 10, 20), box(19, 15, 5, 5)]),
    ).toEqual([0, 0, 0, 0]);
  });

  it('leaves lines of digits and operators, and lowered marks, on the line', () => {
    expect(raisedLevels([digit(0), box(12, 10, 8, 1), digit(22)])).toEqual([0, 0, 0]);
    expect(raisedLevels([digit(0), box(11, 19, 1, 1), digit(14)])).toEqual([0, 0, 0]);
    // A small digit low beside a tall one is no exponent.
    expect(raisedLevels([digit(0), box(12, 10, 6, 10)])).toEqual([0, 0]);
  });

  it("raises nothing beside a part named no base (a fraction's denominator)", () => {
    const boxes = [digit(0), box(12, -4, 6, 10)];
    expect(raisedLevels(boxes, { notBases: [true, false] })).toEqual([0, 0]);
  });

  it('does not depend on scale or place (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (s, dx, dy) => {
          const boxes = [
            digit(0),
            box(12, -4, 6, 10),
            box(19, -8, 3, 5),
            box(26, 6, 8, 8),
            digit(36),
          ];
          const moved = boxes.map((b) => box(b.x * s + dx, b.y * s + dy, b.w * s, b.h * s));
          expect(raisedLevels(moved)).toEqual(raisedLevels(boxes));
        },
      ),
    );
  });
});
