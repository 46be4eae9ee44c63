import type { Ink } from '../pipeline/types.ts';

/** Room kept under the lowest ink, CSS px: two ruled lines to write on next. */
const ROOM = 200;
/** The tallest the page grows, CSS px, so that the canvas's pixels stay within memory. */
const TALLEST = 5000;

/**
 * The least height the page must have for `ink` (CSS px), so that there is always room to
 * write under the lowest line, as on a fresh sheet of paper: the page grows as the user
 * writes further down and shrinks back when that ink goes. 0 when there is no ink.
 */
export function pageHeight(ink: Ink): number {
  let bottom = -Infinity;
  for (const stroke of ink) for (const [, y] of stroke) bottom = Math.max(bottom, y);
  return Number.isFinite(bottom) ? Math.min(TALLEST, Math.ceil(bottom + ROOM)) : 0;
}
