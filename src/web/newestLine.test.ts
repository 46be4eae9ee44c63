import { describe, expect, it } from 'vitest';
import { newestLine } from './newestLine.ts';

const line = (...strokes: number[][]) => ({ symbols: strokes.map((s) => ({ strokes: s })) });

describe('newestLine', () => {
  it('finds the line of the newest stroke, wherever it stands on the page', () => {
    // Line 0 written, then line 1, then a stroke added to line 0.
    const lines = [line([0], [1, 4]), line([2], [3])];
    expect(newestLine(lines, 5)).toBe(0);
    // Undoing that stroke leaves the newest in line 1.
    expect(newestLine([line([0], [1]), line([2], [3])], 4)).toBe(1);
  });

  it('passes over a stroke no symbol holds', () => {
    expect(newestLine([line([0]), line([1])], 3)).toBe(1);
  });

  it('takes the bottom line when no symbol has strokes, and says when there is none', () => {
    const photo = [{ symbols: [{}] }, { symbols: [{}, {}] }];
    expect(newestLine(photo, 0)).toBe(1);
    expect(newestLine([], 0)).toBe(-1);
  });
});
