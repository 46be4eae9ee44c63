import type { LineReading, ModelImage } from './types.ts';

/** A line's reading as recognize() found it, its strokes numbered within the line. */
export interface MemoLine {
  readonly reading: LineReading;
  readonly images: readonly ModelImage[];
}

/**
 * What recognize() keeps between calls that read the same page as it grows (the page's
 * worker, one pen-up after another): each line's reading by its strokes' ink. A line whose
 * ink did not change is not read again, since nothing outside a line changes its reading.
 * Use one memo with one classifier and one set of options, and clear it when the
 * classifier changes what it says (a correction taught).
 */
export interface ReadingMemo {
  readonly lines: Map<string, MemoLine>;
}

export function readingMemo(): ReadingMemo {
  return { lines: new Map() };
}
