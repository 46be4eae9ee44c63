import type { Rect } from './sceneMarks.ts';

/** The smallest rectangle holding every one of `rects` (at least one). */
export function unionRect(rects: readonly Rect[]): Rect {
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}
