import {
  handwritingWidth,
  layoutHandwriting,
  type Handwriting,
  type HandwritingBox,
} from './layoutHandwriting.ts';

/** Numerator and denominator stand this share of the line's height tall… */
const PART = 0.55;
/** …and this share of it clear of the bar. */
const CLEAR = 0.08;

/**
 * A fraction answer (`3/4`, `-7/2`) written as on paper, to match a line that holds a
 * stacked fraction: its numerator over a bar over its denominator, centred on the line's
 * middle, a sign before the bar.
 */
export function layoutStackedFraction(value: string, box: HandwritingBox): Handwriting {
  const [, sign = '', numerator = '', denominator = ''] = /^(-?)(\d+)\/(\d+)$/.exec(value) ?? [];
  if (!numerator || !denominator) return layoutHandwriting(value, box);
  const size = PART * box.height;
  const middle = box.top + box.height / 2;
  const minus = sign
    ? layoutHandwriting(sign, {
        x: box.x,
        top: middle - box.height / 2,
        height: box.height,
        maxWidth: 0,
      })
    : { strokes: [], width: 0 };
  const x = box.x + minus.width;
  const [nw, dw] = [numerator, denominator].map((t) => handwritingWidth(t) * size) as [
    number,
    number,
  ];
  const width = Math.max(nw, dw) + PART * size;
  const part = (text: string, w: number, top: number): Handwriting =>
    layoutHandwriting(text, { x: x + (width - w) / 2, top, height: size, maxWidth: 0 });
  const over = part(numerator, nw, middle - CLEAR * box.height - size);
  const under = part(denominator, dw, middle + CLEAR * box.height);
  const bar = Array.from({ length: 9 }, (_, k) => [x + (width * k) / 8, middle] as const);
  return {
    strokes: [...minus.strokes, ...over.strokes, bar, ...under.strokes],
    width: minus.width + width,
  };
}
