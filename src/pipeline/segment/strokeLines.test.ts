import { describe, expect, it } from 'vitest';
import type { Ink, Stroke } from '../types.ts';
import { strokeLines } from './strokeLines.ts';

const bar = (x: number, y: number, h: number): Stroke => [
  [x, y],
  [x, y + h],
];

describe('strokeLines', () => {
  it('groups the strokes of each line, top line first, skipping empty strokes', () => {
    const ink: Ink = [bar(0, 300, 100), [], bar(0, 0, 100), bar(50, 10, 90), bar(60, 310, 90)];
    expect(strokeLines(ink)).toEqual([
      [2, 3],
      [0, 4],
    ]);
  });

  it('finds no line in no ink', () => {
    expect(strokeLines([[], []])).toEqual([]);
  });
});
