import type { InkBox } from '../types.ts';

/** Where a line's digits stand: the band from their top to their bottom, in ink units. */
export interface LineBand {
  readonly top: number;
  readonly bottom: number;
  /** The line's digit height (estimateLineHeight), which can differ from bottom - top. */
  readonly height: number;
  /** Whether digit-tall parts set the band; a line of only flat parts (a `-`) has none. */
  readonly fromDigits: boolean;
}

/**
 * The band the digits of one line occupy: the median top and the median bottom of the
 * parts at least half the line's digit height (digits, brackets; not a `-` or a dot), so
 * that a raised or lowered mark can be placed against it. A line without such parts
 * (only flat ones) is its parts' own extent.
 */
export function digitBand(boxes: readonly InkBox[], height: number): LineBand {
  const upright = boxes.filter((b) => b.h >= 0.5 * height);
  const from = upright.length > 0 ? upright : boxes;
  if (from.length === 0) return { top: 0, bottom: 0, height, fromDigits: false };
  const median = (v: number[]): number => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return {
    top: median(from.map((b) => b.y)),
    bottom: median(from.map((b) => b.y + b.h)),
    height,
    fromDigits: upright.length > 0,
  };
}
