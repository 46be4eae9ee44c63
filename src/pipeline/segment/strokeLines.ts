import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink } from '../types.ts';
import { splitLines } from './splitLines.ts';

/**
 * The caller's strokes (their indexes, empty strokes left out) by line of writing, top to
 * bottom (splitLines on each stroke's box), so that each line is cut into parts and read
 * from its own strokes alone, whatever else is on the page.
 */
export function strokeLines(ink: Ink): number[][] {
  const drawn = ink.flatMap((s, i) => (s.length > 0 ? [i] : []));
  if (drawn.length === 0) return [];
  return splitLines(drawn.map((i) => inkBounds([ink[i]!]))).map((line) =>
    line.map((k) => drawn[k]!).sort((a, b) => a - b),
  );
}
