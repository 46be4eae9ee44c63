import type { LineReading, ModelImage } from './types.ts';

/** A line's reading as recognize() found it, its strokes numbered within the line. */
export interface MemoLine {
  readonly reading: LineReading;
  readonly images: readonly ModelImage[];
}

/**
 * What recognize() keeps between calls that read the same page as it grows (the page's
 * worker, one pen-up after another): each line's reading by its strokes' ink, and the
 * model's raw scores for every candidate grouping on the page by the picture it drew. A
 * line whose ink did not change is not read again, since nothing outside a line changes
 * its reading; a line that changed is read again, but only its new pictures (the groupings
 * with a changed stroke) go to the model. Use one memo with one classifier and one set of
 * options, and clear it when the classifier changes what it says (a correction taught).
 */
export interface ReadingMemo {
  readonly lines: Map<string, MemoLine>;
  /** The model's scores by picture (imageKey), for the candidates of the lines on the page. */
  readonly scores: Map<string, Float32Array>;
  /** Each line's candidate pictures, so that a line read from the memo keeps its scores. */
  readonly pictures: Map<string, readonly string[]>;
  /** How often it was cleared: a reading begun before a clear keeps nothing of its own. */
  readonly version: number;
  clear(): void;
}

export function readingMemo(): ReadingMemo {
  const lines = new Map<string, MemoLine>();
  const scores = new Map<string, Float32Array>();
  const pictures = new Map<string, readonly string[]>();
  let version = 0;
  return {
    lines,
    scores,
    pictures,
    get version() {
      return version;
    },
    clear() {
      version += 1;
      lines.clear();
      scores.clear();
      pictures.clear();
    },
  };
}
