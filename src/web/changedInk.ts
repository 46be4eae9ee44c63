import type { Ink, Stroke } from '../pipeline/types.ts';

type Box = readonly [number, number, number, number];

/**
 * The boxes of the strokes in one ink and not the other (strokes never change, so they are
 * compared by identity): what was drawn or undone since a reading of `before`.
 */
export function changedInk(before: Ink, after: Ink): Box[] {
  const was = new Set(before);
  const is = new Set(after);
  return [...after.filter((s) => !was.has(s)), ...before.filter((s) => !is.has(s))]
    .filter((s) => s.length > 0)
    .map(strokeBox);
}

function strokeBox(stroke: Stroke): Box {
  const xs = stroke.map((p) => p[0]);
  const ys = stroke.map((p) => p[1]);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return [x, y, Math.max(...xs) - x, Math.max(...ys) - y];
}
