import { describe, expect, it } from 'vitest';
import { crossingPairs } from './crossingPairs.ts';
import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink } from '../types.ts';

const pairs = (ink: Ink) =>
  crossingPairs(
    ink,
    ink.map((s) => inkBounds([s])),
  );

describe('crossingPairs', () => {
  it('finds the two bars of a plus', () => {
    expect(
      pairs([
        [
          [0, 50],
          [100, 52],
        ],
        [
          [48, 0],
          [50, 100],
        ],
      ]),
    ).toEqual([[0, 1]]);
  });

  it('finds a four whose bar runs through its stem, drawn as polylines', () => {
    const corner: Ink[number] = [
      [30, 0],
      [10, 60],
      [20, 61],
      [60, 60],
      [80, 59],
    ];
    const stem: Ink[number] = [
      [60, 10],
      [61, 50],
      [60, 100],
    ];
    expect(pairs([corner, stem])).toEqual([[0, 1]]);
  });

  it('does not pair neighbours that only touch or stand apart', () => {
    const one: Ink[number] = [
      [10, 0],
      [10, 100],
    ];
    // Starts exactly on the `1`: touching is not crossing.
    const touching: Ink[number] = [
      [10, 50],
      [60, 0],
      [60, 100],
    ];
    const apart: Ink[number] = [
      [80, 0],
      [120, 100],
    ];
    expect(pairs([one, touching, apart])).toEqual([]);
  });

  it('reports every crossing pair once, in index order', () => {
    const h: Ink[number] = [
      [0, 50],
      [100, 50],
    ];
    const v1: Ink[number] = [
      [20, 0],
      [20, 100],
    ];
    const v2: Ink[number] = [
      [80, 0],
      [80, 100],
    ];
    expect(pairs([v1, v2, h])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('finds crossings between long strokes too, and bounds the work for any input', () => {
    // Two 20,000-point strokes crossing once: thinned, they still cross.
    const h = Array.from({ length: 20_000 }, (_, i): [number, number] => [i / 100, 100]);
    const v = Array.from({ length: 20_000 }, (_, i): [number, number] => [100, i / 100]);
    expect(pairs([h, v])).toEqual([[0, 1]]);
    // 500 strokes piled on one another: answers (quickly; the budget stops the search).
    const pile = Array.from({ length: 500 }, (_, k) =>
      Array.from({ length: 100 }, (_, i): [number, number] => [i, (i * k) % 100]),
    );
    expect(Array.isArray(pairs(pile))).toBe(true);
  });

  it('handles strokes of one point and empty ink', () => {
    expect(
      pairs([
        [[5, 5]],
        [
          [0, 0],
          [10, 10],
        ],
      ]),
    ).toEqual([]);
    expect(pairs([])).toEqual([]);
  });
});
