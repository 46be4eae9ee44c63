import type { Ink, Stroke } from '../pipeline/types.ts';

/**
 * The most ink one sheet holds: the server's default limits for one drawing (MAX_STROKES,
 * MAX_POINTS), so that a sheet the page keeps can always be read by the server too.
 */
export const SHEET_LIMITS = { strokes: 500, points: 50_000 } as const;

/**
 * Null when `stroke` fits on the sheet `ink`; otherwise the message that says why it was
 * refused and what to do.
 */
export function sheetRoom(ink: Ink, stroke: Stroke): string | null {
  const points = ink.reduce((n, s) => n + s.length, 0) + stroke.length;
  if (ink.length + 1 > SHEET_LIMITS.strokes || points > SHEET_LIMITS.points) {
    const limit =
      ink.length + 1 > SHEET_LIMITS.strokes
        ? `${SHEET_LIMITS.strokes} strokes`
        : `${SHEET_LIMITS.points.toLocaleString('en')} points of ink`;
    return `This sheet is full (it holds ${limit}): erase some lines, or clear it to start a new sheet.`;
  }
  return null;
}
