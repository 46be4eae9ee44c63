import type { Parts } from '../types.ts';

/**
 * The parts of one line of writing (splitLines), as a drawing of their own: indexes run
 * over the line's parts, while `sourceIndex` still names the caller's strokes.
 */
export function partsOfLine(parts: Parts, members: readonly number[]): Parts {
  const local = new Map(members.map((p, i) => [p, i]));
  const { sourceIndex, noDot, rootStrokes, loops, joinedBars, blobOf } = parts;
  return {
    boxes: members.map((p) => parts.boxes[p]!),
    ...(sourceIndex ? { sourceIndex: members.map((p) => sourceIndex[p]!) } : {}),
    crossings: parts.crossings.flatMap(([a, b]) => {
      const [i, j] = [local.get(a), local.get(b)];
      return i === undefined || j === undefined ? [] : [[i, j] as const];
    }),
    ...(noDot ? { noDot: members.map((p) => noDot[p] ?? false) } : {}),
    ...(rootStrokes ? { rootStrokes: members.map((p) => rootStrokes[p] ?? null) } : {}),
    ...(loops ? { loops: members.map((p) => loops[p] ?? false) } : {}),
    ...(joinedBars ? { joinedBars: members.map((p) => joinedBars[p] ?? false) } : {}),
    ...(blobOf ? { blobOf: members.map((p) => blobOf[p] ?? null) } : {}),
    render: (group, box) =>
      parts.render(
        group.map((i) => members[i]!),
        box,
      ),
  };
}
