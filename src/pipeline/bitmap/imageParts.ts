import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { attachedMarks } from '../ink/attachedMarks.ts';
import { normalise } from '../ink/normalise.ts';
import { DOT_SIZE } from '../tuning.ts';
import type { GreyImage, Parts } from '../types.ts';
import { connectedComponents } from './connectedComponents.ts';
import { cropComponents } from './cropComponents.ts';
import { inkMap } from './inkMap.ts';
import { normalisePen } from './normalisePen.ts';
import { splitTouching, type SplitOptions } from './splitTouching.ts';

/**
 * A picture's ink as the parts segmentation groups: its connected components, touching
 * digits cut where they join (`split`; null: never), each group cropped, its pen brought to
 * the training data's width and normalised like a stroke drawing.
 */
export function imageParts(image: GreyImage, split: SplitOptions | null = {}): Parts {
  const ink = inkMap(image);
  const whole = connectedComponents(ink);
  const { components, labels } = split ? splitTouching(ink, whole, split) : whole;
  const boxes = components.map((c) => c.box);
  const height = estimateLineHeight(boxes);
  return {
    boxes,
    attached: attachedMarks(boxes, height, 2 * DOT_SIZE * height),
    crossings: [],
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
