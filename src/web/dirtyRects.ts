import type { Rect } from './sceneMarks.ts';
import { unionRect } from './unionRect.ts';

/** More parts than this (a clear, an undo of many strokes) are drawn again as one. */
const MOST_PARTS = 16;

/**
 * The parts of the surface to draw again to go from one frame's marks (sceneMarks) to the
 * next: where a mark went, where one came, and where one changed its look; past
 * MOST_PARTS, the one rectangle round them all, as clipping to many costs more than it saves.
 */
export function dirtyRects(
  before: ReadonlyMap<string, Rect>,
  after: ReadonlyMap<string, Rect>,
): Rect[] {
  const dirty: Rect[] = [];
  for (const [key, rect] of before) if (!after.has(key)) dirty.push(rect);
  for (const [key, rect] of after) if (!before.has(key)) dirty.push(rect);
  return dirty.length <= MOST_PARTS ? dirty : [unionRect(dirty)];
}
