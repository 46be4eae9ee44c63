import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { hasStackedNeighbour } from '../geometry/hasStackedNeighbour.ts';
import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink, Parts, RootStroke } from '../types.ts';
import { crossingPairs } from './crossingPairs.ts';
import { inkSequence } from './inkSequence.ts';
import { normalise } from './normalise.ts';
import { rasterise } from './rasterise.ts';
import { sliceStroke, type SliceOptions } from './sliceStroke.ts';
import { attachedMarks } from './attachedMarks.ts';
import { isLoop } from './isLoop.ts';
import { rootStroke } from './rootStroke.ts';
import { strokeLean } from './strokeLean.ts';
import { DOT_SIZE } from '../tuning.ts';

/**
 * A drawing's strokes as the parts segmentation groups: empty strokes dropped, digits
 * written without lifting the pen sliced where they join (`slice`; null: never), strokes
 * that cross paired, each group drawn for the model by the same rasterise and normalise
 * that render the training data.
 */
export function strokeParts(ink: Ink, slice: SliceOptions | null = {}): Parts {
  const sourceIndex: number[] = [];
  ink.forEach((s, i) => {
    if (s.length > 0) sourceIndex.push(i);
  });
  const strokes = sourceIndex.map((i) => ink[i]!);
  const strokeBoxes = strokes.map((s) => inkBounds([s]));
  const crossing = crossingPairs(strokes, strokeBoxes);
  // A stroke that crosses another, or has ink above or below it, is part of a symbol of
  // several strokes; any other wide stroke may be digits written without lifting the pen.
  const bonded = new Set(crossing.flat());
  const height = slice ? estimateLineHeight(strokeBoxes) : 0;
  const pieces: Ink[] = [];
  const partOf: number[] = [];
  const source: number[] = [];
  const rootStrokes: (RootStroke | null)[] = [];
  const loops: boolean[] = [];
  strokes.forEach((s, i) => {
    partOf.push(pieces.length);
    const slices =
      slice && !bonded.has(i) && !hasStackedNeighbour(i, strokeBoxes)
        ? sliceStroke(s, { height, ...slice })
        : [[s]];
    for (const piece of slices) {
      pieces.push(piece);
      source.push(sourceIndex[i]!);
      rootStrokes.push(slices.length > 1 ? null : rootStroke(s));
      // A slice of a stroke that closes on itself is part of a `0`: no root's sign either.
      loops.push(isLoop(s));
    }
  });
  const boxes = pieces.map((p) => inkBounds(p));
  const lineHeight = height || estimateLineHeight(strokeBoxes);
  return {
    boxes,
    noDot: attachedMarks(boxes, lineHeight, 2 * DOT_SIZE * lineHeight, pieces),
    sourceIndex: source,
    rootStrokes,
    loops,
    leans: pieces.map(strokeLean),
    crossings: crossing.map(([a, b]) => [partOf[a]!, partOf[b]!] as const),
    render: (members) => normalise(rasterise(members.flatMap((i) => pieces[i]!))),
    sequence: (members) => inkSequence(members.flatMap((i) => pieces[i]!)),
  };
}
