import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { fractionBar } from './fractionBar.ts';

const one = inkBox(45, 0, 10, 40);
const bar = inkBox(30, 48, 45, 3);
const two = inkBox(40, 58, 22, 40);

describe('fractionBar', () => {
  it('finds the writing over and under a fraction bar, marks among it too', () => {
    const dot = inkBox(50, 20, 1, 1);
    expect(fractionBar(bar, [one, bar, two, dot])).toEqual({
      over: [0, 3],
      under: [2],
      retraced: [],
    });
    const plusBar = inkBox(48, 12, 12, 2);
    const wide = inkBox(10, 48, 90, 3);
    const f = fractionBar(wide, [one, plusBar, inkBox(70, 0, 20, 40), wide, two]);
    expect([...f!.over].sort()).toEqual([0, 1, 2]);
  });

  it('measures a denominator from the mark drawn apart over it (the flag of a `5`)', () => {
    const flag = inkBox(45, 66, 14, 3);
    const body = inkBox(40, 86, 22, 40);
    expect(fractionBar(bar, [one, bar, flag, body])?.under).toEqual([3, 2]);
    // Without the flag the body stands too far under the bar to be its denominator.
    expect(fractionBar(bar, [one, bar, body])).toBeNull();
  });

  it("takes in a digit's other stroke, too small to count as writing alone (an `8`'s loop)", () => {
    const long = inkBox(0, 48, 180, 8);
    const numerator = inkBox(70, 0, 40, 45);
    const upperLoop = inkBox(68, 65, 45, 32);
    const lowerLoop = inkBox(72, 99, 41, 38);
    expect(fractionBar(long, [numerator, long, upperLoop, lowerLoop])?.under).toEqual([2, 3]);
    // A small stroke beside the denominator, not under or over it, is no part of it.
    expect(fractionBar(long, [numerator, long, upperLoop, inkBox(130, 99, 20, 20)])?.under).toEqual(
      [2],
    );
  });

  it('keeps a bar drawn over again with the bar, not under it', () => {
    // The second stroke sits a little lower, so its middle is under the first's.
    const again = inkBox(40, 49, 25, 3);
    expect(fractionBar(bar, [one, bar, again, two])).toEqual({
      over: [0],
      under: [3],
      retraced: [2],
    });
    // A short flat stroke wholly under the bar is the denominator's (a `-` there).
    const minus = inkBox(20, 60, 15, 3);
    expect(fractionBar(bar, [one, bar, minus, two])?.under).toEqual([3, 2]);
  });

  it('reads a fraction inside the numerator as writing over the main bar', () => {
    const main = inkBox(0, 100, 120, 4);
    const inner = inkBox(30, 48, 45, 3);
    const under = inkBox(40, 112, 20, 40);
    const f = fractionBar(main, [one, inner, two, main, under]);
    expect([...f!.over].sort()).toEqual([0, 1, 2]);
    expect(f?.under).toEqual([4]);
  });

  it('takes in writing beside the numerator, and what is stacked on it', () => {
    // ¼ over a main bar: the inner `4` is two strokes, only one of them near the main bar.
    const b = [
      inkBox(94, 40, 10, 45),
      inkBox(67, 103, 60, 6),
      inkBox(80, 120, 33, 28),
      inkBox(95, 125, 3, 39),
      inkBox(40, 178, 111, 8),
      inkBox(67, 195, 51, 33),
    ];
    const f = fractionBar(b[4]!, b);
    expect([...f!.over].sort()).toEqual([0, 1, 2, 3]);
    expect(f?.under).toEqual([5]);
  });

  it('reads a fraction in the numerator as its own, over and apart from the main bar', () => {
    const b = [
      inkBox(75, 40, 21, 32), // inner numerator
      inkBox(67, 83, 38, 4), // inner bar
      inkBox(78, 98, 15, 31), // inner denominator
      inkBox(40, 133, 96, 5), // main bar
      inkBox(75, 149, 26, 50), // main denominator
    ];
    expect([...fractionBar(b[3]!, b)!.over].sort()).toEqual([0, 1, 2]);
    expect(fractionBar(b[1]!, b)).toEqual({ over: [0], under: [2], retraced: [] });
  });

  it('takes a denominator shorter than a quarter of a long bar when the numerator is as tall', () => {
    // `2+5` over `6`: the bar reaches under all three, four digits long.
    const long = inkBox(40, 101, 197, 6);
    const two = inkBox(55, 40, 41, 51);
    const plus = inkBox(120, 56, 25, 26);
    const five = inkBox(167, 44, 53, 51);
    const six = inkBox(125, 117, 33, 49);
    expect(fractionBar(long, [two, plus, five, long, six])?.under).toEqual([4]);
    // A mark under it (a dot) is still no denominator, nor writing under a bar with none over.
    expect(fractionBar(long, [two, plus, five, long, inkBox(135, 117, 8, 8)])).toBeNull();
    expect(fractionBar(long, [long, six])).toBeNull();
    // Writing as long as a quarter of the bar, lines further up, says nothing of its size.
    const farAbove = inkBox(60, -300, 60, 70);
    expect(fractionBar(long, [farAbove, inkBox(100, 40, 30, 45), long, six])).toBeNull();
  });

  it('finds none for a bar with nothing under it, the dots of a ÷, or a = ', () => {
    expect(fractionBar(bar, [one, bar])).toBeNull();
    expect(fractionBar(bar, [inkBox(50, 40, 3, 3), bar, inkBox(50, 56, 3, 3)])).toBeNull();
    expect(fractionBar(bar, [bar, inkBox(30, 58, 45, 3)])).toBeNull();
    expect(fractionBar(inkBox(0, 0, 10, 10), [one, two])).toBeNull();
  });
});
