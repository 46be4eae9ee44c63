import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { attachedMarks } from '../ink/attachedMarks.ts';
import { normalise } from '../ink/normalise.ts';
import { DOT_ROUND, DOT_SIZE } from '../tuning.ts';
import type { GreyImage, InkBox, Parts } from '../types.ts';
import { bareRootShape } from './bareRootShape.ts';
import { connectedComponents } from './connectedComponents.ts';
import { cropComponents } from './cropComponents.ts';
import { inkMap } from './inkMap.ts';
import { joinedBarsShape } from './joinedBarsShape.ts';
import { normalisePen } from './normalisePen.ts';
import { splitBars } from './splitBars.ts';
import { splitExponentMinus } from './splitExponentMinus.ts';
import { splitFusedDots } from './splitFusedDots.ts';
import { splitRadicands } from './splitRadicands.ts';
import { splitTouching, type SplitOptions } from './splitTouching.ts';

/**
 * A picture's ink as the parts segmentation groups: its connected components, a decimal
 * point the pen joined to a digit cut off (splitFusedDots), touching digits cut where they
 * join (`split`; null: never), each group cropped, its pen brought to the training data's
 * width and normalised like a stroke drawing.
 */
export function imageParts(image: GreyImage, split: SplitOptions | null = {}): Parts {
  const ink = inkMap(image);
  const joined = splitExponentMinus(
    ink,
    splitRadicands(ink, splitBars(ink, connectedComponents(ink))),
  );
  const whole = splitFusedDots(
    joined,
    ink.width,
    estimateLineHeight(joined.components.map((c) => c.box)),
  );
  const { components, labels } = split ? splitTouching(ink, whole, split) : whole;
  const boxes = components.map((c) => c.box);
  const height = estimateLineHeight(boxes);
  const small = 2 * DOT_SIZE * height;
  return {
    boxes,
    // A pen's dot in a picture is a round blob; a thin flat fleck is what the ruled-line
    // eraser left of a printed line, and no dot.
    noDot: attachedMarks(boxes, height, small).map(
      (attached, i) => attached || (size(boxes[i]!) < small && !roundish(boxes[i]!)),
    ),
    crossings: [],
    rootStrokes: components.map((c) => (bareRootShape(labels, ink.width, c) ? 'picture' : null)),
    joinedBars: components.map((c) => joinedBarsShape(labels, ink.width, c)),
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
