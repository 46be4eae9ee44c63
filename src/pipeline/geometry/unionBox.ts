import { inkBox, type InkBox } from '../types.ts';

/** The smallest box holding every one of `boxes`. */
export function unionBox(boxes: readonly InkBox[]): InkBox {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return inkBox(x0, y0, x1 - x0, y1 - y0);
}
