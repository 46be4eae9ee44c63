import type { InkComponent } from './connectedComponents.ts';
import { penWidth } from './penWidth.ts';
import { rowRuns } from './rowRuns.ts';

/** A bar spans at least this share of the blob's width in one run… */
const BAR = 0.6;
/** …within this many pen widths of the blob's top, and of its foot. */
const EDGE = 1.5;
/** Between the bars, at least this share of the rows cross the ink once (a `5`'s bowl twice). */
const ONCE = 0.8;
/** The blob is at most this tall for its width (a `2` drawn as a `z` is taller). */
const FLAT = 0.8;

/**
 * Whether component `c` is a `=` whose bars a lead-in and a thick pen joined (`ε`, `z`): wider
 * than tall, a long bar along its top and another along its foot, and between them rows that
 * cross the ink once, where the link runs from one bar to the other.
 */
export function joinedBarsShape(labels: Int32Array, width: number, c: InkComponent): boolean {
  const { w, h } = c.box;
  if (h > FLAT * w) return false;
  const edge = Math.ceil(EDGE * penWidth(labels, width, c));
  // Room for two bars and a link between them: a `+`'s one bar is near both edges.
  if (h < 3 * edge) return false;
  const rows = rowRuns(labels, width, c);
  const bar = (row: number): boolean => rows[row]!.some(([a, b]) => b - a + 1 >= BAR * w);
  let top = -1;
  for (let row = 0; row < Math.min(h, edge); row++) if (bar(row)) top = row;
  let foot = -1;
  for (let row = h - 1; row >= Math.max(0, h - edge); row--) if (bar(row)) foot = row;
  if (top < 0 || foot <= top + 1) return false;
  const between = rows.slice(top + 1, foot);
  return between.filter((r) => r.length === 1).length >= ONCE * between.length;
}
