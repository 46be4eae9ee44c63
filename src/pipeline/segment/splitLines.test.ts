import { describe, expect, it } from 'vitest';
import { splitLines } from './splitLines.ts';
import { inkBox } from '../types.ts';

const digit = (x: number, y: number) => inkBox(x, y, 60, 100);

describe('splitLines', () => {
  it('keeps one line of digits and operators together', () => {
    // 1 + 2 = : bars and the cross sit inside the digits' band.
    const boxes = [
      digit(0, 0),
      inkBox(80, 30, 50, 50),
      digit(150, 0),
      inkBox(230, 40, 50, 0),
      inkBox(230, 60, 50, 0),
    ];
    expect(splitLines(boxes)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it("keeps a root's bar on its own line: the line above it is no numerator", () => {
    // 75 written over √(7+9), whose bar is a stroke of its own, its tick rising to it.
    const boxes = [
      digit(100, 0),
      digit(180, 0),
      inkBox(89, 140, 274, 6),
      inkBox(40, 140, 49, 160),
      digit(120, 175),
      inkBox(200, 200, 50, 50),
      digit(270, 175),
    ];
    expect(splitLines(boxes).map((line) => [...line].sort())).toEqual([
      [0, 1],
      [2, 3, 4, 5, 6],
    ]);
    // Without its tick the bar is a fraction's: 75 over 7+9 is one line.
    expect(splitLines(boxes.filter((_, i) => i !== 3))).toHaveLength(1);
  });

  it('splits a number wrapped onto a second line, top line first', () => {
    const boxes = [digit(0, 200), digit(70, 200), digit(0, 0), digit(70, 5), digit(140, 0)];
    const lines = splitLines(boxes).map((line) => [...line].sort());
    expect(lines).toEqual([
      [2, 3, 4],
      [0, 1],
    ]);
  });

  it('splits short stacked lines even when one stroke is far taller than the digits', () => {
    // 89 / 12 / 34 / 78 written one above the other; the 4's stem is 2.6 digits tall.
    const boxes = [
      digit(0, 0),
      digit(70, 0),
      digit(0, 500),
      digit(70, 500),
      digit(0, 900),
      inkBox(70, 850, 10, 262),
      digit(0, 1400),
      digit(70, 1400),
    ];
    expect(splitLines(boxes)).toEqual([
      [0, 1],
      [2, 3],
      [5, 4],
      [6, 7],
    ]);
  });

  it('does not split a lone = or ÷ into lines, nor a `)` written in two halves', () => {
    expect(splitLines([inkBox(0, 0, 60, 2), inkBox(0, 30, 60, 2)])).toEqual([[0, 1]]);
    expect(splitLines([inkBox(25, 0, 4, 4), inkBox(0, 20, 60, 2), inkBox(25, 40, 4, 4)])).toEqual([
      [0, 1, 2],
    ]);
    // Halves 100 tall with a 20-unit gap: closer than 0.25 of a line.
    expect(splitLines([inkBox(0, 0, 20, 100), inkBox(5, 120, 20, 100)])).toHaveLength(1);
    // The loops of an `8` stacked a little apart.
    expect(splitLines([inkBox(6, 0, 70, 37), inkBox(0, 47, 78, 57)])).toHaveLength(1);
  });

  it('gives a ÷ dot that stands above its line to that line', () => {
    const boxes = [
      digit(0, 100),
      inkBox(90, 140, 50, 2),
      inkBox(112, 75, 4, 4),
      inkBox(112, 170, 4, 4),
      digit(160, 100),
      digit(0, 300),
    ];
    expect(splitLines(boxes).map((line) => [...line].sort())).toEqual([[0, 1, 2, 3, 4], [5]]);
  });

  it('keeps lines of sums 0.3 digits apart apart, a `-` between others no fraction bar', () => {
    // 8-6 under 42, over 17: the `-` has digits just above and just below it.
    const boxes = [
      digit(0, 0),
      digit(70, 0),
      digit(0, 130),
      inkBox(70, 175, 50, 3),
      digit(140, 130),
      digit(40, 260),
      digit(110, 260),
    ];
    expect(splitLines(boxes).map((line) => [...line].sort())).toEqual([
      [0, 1],
      [2, 3, 4],
      [5, 6],
    ]);
  });

  it('joins a stacked fraction written taller than its line into the line', () => {
    // 3 + ½ with the 1 and the 2 each a digit tall, over and under a bar at mid-height.
    const boxes = [
      digit(0, 0),
      inkBox(80, 30, 40, 40),
      digit(160, -110),
      inkBox(140, 48, 100, 3),
      digit(160, 110),
    ];
    expect(splitLines(boxes).map((line) => [...line].sort())).toEqual([[0, 1, 2, 3, 4]]);
  });
});
