import type { Stroke } from '../pipeline/types.ts';

const ids = new WeakMap<Stroke, number>();
let nextId = 1;

/**
 * A number naming one stroke for the page's life: strokes never change, so the user's
 * choices about the symbols they make are kept by these, through undo and erasing.
 */
export function strokeId(stroke: Stroke): number {
  let id = ids.get(stroke);
  if (id === undefined) ids.set(stroke, (id = nextId++));
  return id;
}
