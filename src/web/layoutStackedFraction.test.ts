import { describe, expect, it } from 'vitest';
import { layoutHandwriting } from './layoutHandwriting.ts';
import { layoutStackedFraction } from './layoutStackedFraction.ts';

const box = { x: 100, top: 50, height: 60, maxWidth: 500 };
const middle = box.top + box.height / 2;
const ys = (strokes: readonly (readonly (readonly [number, number])[])[]): number[] =>
  strokes.flat().map(([, y]) => y);

describe('layoutStackedFraction', () => {
  it('writes the numerator over a bar on the line’s middle, the denominator under it', () => {
    const { strokes, width } = layoutStackedFraction('3/4', box);
    const bar = strokes.find((s) => s.every(([, y]) => y === middle));
    expect(bar).toBeDefined();
    const rest = strokes.filter((s) => s !== bar);
    expect(rest.some((s) => Math.max(...ys([s])) < middle)).toBe(true);
    expect(rest.some((s) => Math.min(...ys([s])) > middle)).toBe(true);
    expect(rest.every((s) => Math.max(...ys([s])) < middle || Math.min(...ys([s])) > middle)).toBe(
      true,
    );
    // Narrower than the same answer written on the line.
    expect(width).toBeLessThan(layoutHandwriting('3/4', box).width);
  });

  it('puts a sign before the bar, and writes anything but a fraction on the line', () => {
    const negative = layoutStackedFraction('-7/2', box);
    const bar = negative.strokes.find((s) => s.length > 2 && s.every(([, y]) => y === middle))!;
    expect(Math.min(...negative.strokes[0]!.map(([x]) => x))).toBeLessThan(bar[0]![0]);
    expect(layoutStackedFraction('12', box)).toEqual(layoutHandwriting('12', box));
    expect(layoutStackedFraction('0.75', box)).toEqual(layoutHandwriting('0.75', box));
  });
});
