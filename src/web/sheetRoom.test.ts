import { describe, expect, it } from 'vitest';
import type { Stroke } from '../pipeline/types.ts';
import { loadConfig } from '../server/config.ts';
import { SHEET_LIMITS, sheetRoom } from './sheetRoom.ts';

const stroke = (points: number): Stroke => Array.from({ length: points }, (_, i) => [i, 0]);

describe('sheetRoom', () => {
  it('holds what the server reads by default', () => {
    const config = loadConfig({});
    expect(SHEET_LIMITS).toEqual({ strokes: config.maxStrokes, points: config.maxPoints });
  });

  it('takes strokes up to the limit on strokes, and refuses the next with a message', () => {
    const ink = Array.from({ length: SHEET_LIMITS.strokes - 1 }, () => stroke(2));
    expect(sheetRoom(ink, stroke(2))).toBeNull();
    expect(sheetRoom([...ink, stroke(2)], stroke(2))).toBe(
      'This sheet is full (it holds 500 strokes): erase some lines, or clear it to start a new sheet.',
    );
  });

  it('refuses a stroke that would take the sheet over its points', () => {
    const ink = [stroke(SHEET_LIMITS.points - 10)];
    expect(sheetRoom(ink, stroke(10))).toBeNull();
    expect(sheetRoom(ink, stroke(11))).toMatch(/holds 50,000 points of ink/);
  });
});
