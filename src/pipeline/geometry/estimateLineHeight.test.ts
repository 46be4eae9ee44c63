import { describe, expect, it } from 'vitest';
import { estimateLineHeight } from './estimateLineHeight.ts';
import { inkBox } from '../types.ts';

describe('estimateLineHeight', () => {
  it('is the digit height, not shrunk by a minus or the dots of ÷', () => {
    const boxes = [
      inkBox(0, 0, 60, 100),
      inkBox(80, 50, 50, 2),
      inkBox(150, 0, 60, 96),
      inkBox(230, 20, 4, 4),
    ];
    expect(estimateLineHeight(boxes)).toBe(100);
  });

  it('is not inflated by one stroke far taller than the digits', () => {
    const boxes = [
      inkBox(0, 0, 60, 100),
      inkBox(70, 0, 60, 95),
      inkBox(140, 0, 60, 105),
      inkBox(210, 0, 10, 262),
    ];
    expect(estimateLineHeight(boxes)).toBe(105);
  });

  it('reads a line of flat parts by their width', () => {
    expect(estimateLineHeight([inkBox(0, 0, 80, 2), inkBox(0, 30, 80, 2)])).toBe(40);
  });

  it('is not inflated by a long bar over digits (a root sign), but reads a `÷` by its width', () => {
    const sign = inkBox(0, 0, 470, 110);
    const digits = [inkBox(40, 30, 50, 70), inkBox(120, 30, 20, 72), inkBox(180, 30, 45, 70)];
    expect(estimateLineHeight([sign, ...digits])).toBe(72);
    const divide = [inkBox(20, 0, 6, 9), inkBox(0, 20, 50, 4), inkBox(20, 35, 6, 9)];
    expect(estimateLineHeight(divide)).toBe(25);
  });

  it('is not inflated by a root sign over digits as wide as tall (a thick pen in a picture)', () => {
    const sign = inkBox(12, 12, 461, 104);
    const digits = [inkBox(53, 36, 83, 66), inkBox(149, 36, 63, 68), inkBox(268, 28, 73, 75)];
    expect(estimateLineHeight([sign, ...digits])).toBe(75);
    // Without the sign the same digits are read by their own size.
    expect(estimateLineHeight(digits)).toBe(68);
  });

  it("is not inflated by a fraction's bar under and over round digits", () => {
    // `2+1` over `2`: the `2`s as wide as tall, the `+`'s stroke and the `1` upright.
    const over = [inkBox(58, 40, 78, 78), inkBox(173, 65, 20, 40), inkBox(227, 51, 28, 71)];
    const bar = inkBox(40, 140, 226, 8);
    const under = inkBox(116, 158, 70, 70);
    expect(estimateLineHeight([...over, bar, under])).toBe(71);
  });
});
