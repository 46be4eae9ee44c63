import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { attachedMarks } from '../ink/attachedMarks.ts';
import { normalise } from '../ink/normalise.ts';
import { barPieces } from '../geometry/barPieces.ts';
import { DOT_ROUND, DOT_SIZE, DOT_TOUCH } from '../tuning.ts';
import type { GreyImage, InkBox, Parts } from '../types.ts';
import { bareRootShape } from './bareRootShape.ts';
import { connectedComponents, type InkComponent } from './connectedComponents.ts';
import { cropComponents } from './cropComponents.ts';
import { dropPenSpecks } from './dropPenSpecks.ts';
import { inkMap } from './inkMap.ts';
import { joinedBarsShape } from './joinedBarsShape.ts';
import { normalisePen } from './normalisePen.ts';
import { splitBars } from './splitBars.ts';
import { splitExponentMinus } from './splitExponentMinus.ts';
import { splitFusedDots } from './splitFusedDots.ts';
import { splitRadicands } from './splitRadicands.ts';
import { splitRaised } from './splitRaised.ts';
import { splitTouching, type SplitOptions } from './splitTouching.ts';

/**
 * A picture's ink as the parts segmentation groups: its connected components less the marks
 * its pen cannot have made (dropPenSpecks), a decimal point the pen joined to a digit cut off
 * (splitFusedDots), an exponent joined to its base
 * offered apart (splitRaised), touching digits cut where they join (`split`; null: never),
 * each group cropped, its pen brought to the training data's width and normalised like a
 * stroke drawing.
 */
export function imageParts(image: GreyImage, split: SplitOptions | null = {}): Parts {
  const ink = inkMap(image);
  const joined = splitExponentMinus(
    ink,
    splitRadicands(ink, splitBars(ink, dropPenSpecks(connectedComponents(ink), ink.width))),
  );
  const joinedHeight = estimateLineHeight(joined.components.map((c) => c.box));
  const fused = splitFusedDots(joined, ink.width, joinedHeight);
  const raised = splitRaised(fused, ink.width, joinedHeight);
  const { components, labels } = split ? splitTouching(ink, raised, split) : raised;
  const boxes = components.map((c) => c.box);
  // The blob each part comes from, where splitRaised cut it (slices of its base included).
  const blobOf = components.map((c) => {
    const blob = fused.labels[firstPixel(labels, ink.width, c)]!;
    return raised.cut.has(blob) ? blob : null;
  });
  const height = estimateLineHeight(boxes);
  const small = 2 * DOT_SIZE * height;
  const broken = barPieces(boxes, DOT_TOUCH * height, small);
  return {
    boxes,
    // A pen's dot in a picture is a round blob; a thin flat fleck is what the ruled-line
    // eraser left of a printed line, and a piece level against a bar is the bar's: no dots.
    noDot: attachedMarks(boxes, height, small).map(
      (attached, i) => attached || broken[i]! || (size(boxes[i]!) < small && !roundish(boxes[i]!)),
    ),
    crossings: [],
    rootStrokes: components.map((c) => (bareRootShape(labels, ink.width, c) ? 'picture' : null)),
    joinedBars: components.map((c) => joinedBarsShape(labels, ink.width, c)),
    blobOf,
    render: (members, box) => {
      const crop = cropComponents(
        ink,
        labels,
        members.map((i) => components[i]!.id),
        box,
      );
      return normalise(normalisePen(crop));
    },
  };
}

const size = (box: InkBox): number => Math.max(box.w, box.h);

/** Whether a component is about as tall as it is wide, as the disc a pen leaves. */
function roundish(box: InkBox): boolean {
  return Math.min(box.w, box.h) >= DOT_ROUND * size(box);
}

/** The index in `labels` of component `c`'s first pixel, row by row. */
function firstPixel(labels: Int32Array, width: number, c: InkComponent): number {
  const { x, y, w, h } = c.box;
  for (let yy = y; yy < y + h; yy++)
    for (let xx = x; xx < x + w; xx++) if (labels[yy * width + xx] === c.id) return yy * width + xx;
  return y * width + x;
}
