import type { InkBox } from '../types.ts';
import { unionBox } from './unionBox.ts';

/**
 * Per part of a picture, whether it is a small piece of a flat bar that the picture broke:
 * it stands level with its neighbours end to end (rows shared, at most `reach` apart) in a
 * run of small or flat parts, one of them flat, the run at least twice as wide as tall: a
 * `-` drawn with a tick at its start or a gap in its stroke, or a photo that lost a pixel of
 * it. Such a piece is no decimal point: a `·` or a `.` never stands level against a `-`.
 * Only pieces smaller than `small` are marked.
 */
export function barPieces(boxes: readonly InkBox[], reach: number, small: number): boolean[] {
  const flatPart = (b: InkBox): boolean => b.w >= 2 * b.h;
  // Digits never join a run: only bars and pieces small enough to be a bar's.
  const piece = (b: InkBox): boolean => flatPart(b) || Math.max(b.w, b.h) < small;
  const run = boxes.map((_, i) => i);
  const find = (i: number): number => (run[i] === i ? i : (run[i] = find(run[i]!)));
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (j > i && piece(a) && piece(b) && endToEnd(a, b, reach)) run[find(i)] = find(j);
    }),
  );
  const members = new Map<number, number[]>();
  boxes.forEach((_, i) => {
    const root = find(i);
    if (members.has(root)) members.get(root)!.push(i);
    else members.set(root, [i]);
  });
  const flat = new Set(
    [...members.entries()]
      .filter(([, parts]) => {
        const box = unionBox(parts.map((p) => boxes[p]!));
        return parts.length > 1 && flatPart(box) && parts.some((p) => flatPart(boxes[p]!));
      })
      .map(([root]) => root),
  );
  return boxes.map((b, i) => flat.has(find(i)) && Math.max(b.w, b.h) < small);
}

/** Whether two parts stand level (sharing half the shorter one's rows) and end to end. */
function endToEnd(a: InkBox, b: InkBox, reach: number): boolean {
  const shared = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  const gap = Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w));
  return shared >= 0.5 * Math.min(a.h, b.h) && gap >= 0 && gap <= reach;
}
