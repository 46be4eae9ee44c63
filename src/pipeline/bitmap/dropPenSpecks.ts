import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { HAIRLINE_PEN, SPECK_PEN } from '../tuning.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { strokeWidth } from './strokeWidth.ts';

/**
 * A picture's components without the marks its pen cannot have made: a pen's mark is at
 * least a pen wide each way and a pen thick, so a smaller speck (SPECK_PEN) or a thinner
 * hairline (HAIRLINE_PEN: a mark at least twice as long as wide, measured by its own stroke
 * width) is the paper's (grain, a ruled line's remnant, the sheet's edge), which
 * would otherwise be read as a decimal point or a minus. The pen is measured on the writing:
 * the median stroke width of the components at least half a line tall. Nothing is dropped
 * from a picture with no such writing.
 */
export function dropPenSpecks(map: ComponentMap, width: number): ComponentMap {
  const height = estimateLineHeight(map.components.map((c) => c.box));
  const own = new Map(map.components.map((c) => [c, componentPen(map.labels, width, c)]));
  const pens = map.components
    .filter((c) => c.box.h >= 0.5 * height)
    .map((c) => own.get(c)!)
    .sort((a, b) => a - b);
  if (pens.length === 0) return map;
  const pen = pens[pens.length >> 1]!;
  const notPen = (c: InkComponent): boolean => {
    const [long, short] = [Math.max(c.box.w, c.box.h), Math.min(c.box.w, c.box.h)];
    if (long < SPECK_PEN * pen) return true;
    // Only a line can be a hairline: a disc measures less than its diameter.
    return long >= 2 * short && own.get(c)! < HAIRLINE_PEN * pen;
  };
  const dropped = new Set(map.components.filter(notPen));
  if (dropped.size === 0) return map;
  const labels = Int32Array.from(map.labels);
  for (const { id, box } of dropped)
    for (let y = box.y; y < box.y + box.h; y++)
      for (let x = box.x; x < box.x + box.w; x++)
        if (labels[y * width + x] === id) labels[y * width + x] = 0;
  return { components: map.components.filter((c) => !dropped.has(c)), labels };
}

/** The pen's width in component `c` (strokeWidth over its own pixels). */
function componentPen(labels: Int32Array, width: number, c: InkComponent): number {
  const { x, y, w, h } = c.box;
  return strokeWidth(
    (xx, yy) =>
      xx >= 0 && yy >= 0 && xx < w && yy < h && labels[(y + yy) * width + x + xx] === c.id,
    w,
    h,
  );
}
