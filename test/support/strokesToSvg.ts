import { inkBounds } from '../../src/pipeline/geometry/inkBounds.ts';
import { splitLines } from '../../src/pipeline/segment/splitLines.ts';
import type { Ink } from '../../src/pipeline/types.ts';

export interface SvgOptions {
  /** Height of the ink in the picture, in pixels (of its tallest line, with perLine). */
  readonly inkHeight: number;
  /**
   * Scale by the tallest line of writing rather than by all the ink: a number wrapped onto
   * three lines is drawn at the size of one line, as it would be written or scanned, not
   * squeezed into inkHeight with the pen as wide as ever. Writing stacked over and under a
   * bar (a fraction) is scaled by its strokes instead, for the same reason: its digits drawn
   * as large as one line's, not a third of it with the same pen.
   */
  readonly perLine?: boolean;
  /** Pen width as a fraction of the ink height. */
  readonly pen: number;
  readonly margin: number;
  /** When set, the picture is this square size and the ink is fitted inside (the old app's canvas). */
  readonly square?: number;
}

/** Draws strokes black on white as an SVG, to post the eval sets as images. */
export function strokesToSvg(
  ink: Ink,
  o: SvgOptions,
): { svg: string; width: number; height: number } {
  const { x: minX, y: minY, w, h } = inkBounds(ink);
  let scale: number;
  let width: number;
  let height: number;
  let ox: number;
  let oy: number;
  if (o.square !== undefined) {
    const inner = o.square - 2 * o.margin;
    scale = inner / Math.max(w, h, 1e-9);
    width = height = o.square;
    ox = (o.square - w * scale) / 2;
    oy = (o.square - h * scale) / 2;
  } else {
    // The ink's height sets the scale; a flat drawing (a lone `-`) takes it from its
    // width instead, so that it is not blown up to a wall of ink.
    const lineH = o.perLine ? lineHeight(ink) : h;
    scale = o.inkHeight / Math.max(lineH, w / 20, 1e-9);
    width = Math.ceil(w * scale + 2 * o.margin);
    height = Math.ceil(h * scale + 2 * o.margin);
    ox = oy = o.margin;
  }
  const penPx = Math.max(1, o.pen * (o.square ?? o.inkHeight));
  const lines = ink
    .filter((s) => s.length > 0)
    .map((s) => {
      const d = s.map(
        (p) =>
          `${((p[0] - minX) * scale + ox).toFixed(1)},${((p[1] - minY) * scale + oy).toFixed(1)}`,
      );
      if (d.length === 1) d.push(d[0]!);
      return `<polyline points="${d.join(' ')}"/>`;
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<g fill="none" stroke="black" stroke-width="${penPx.toFixed(1)}" stroke-linecap="round" stroke-linejoin="round">${lines}</g></svg>`;
  return { svg, width, height };
}

/** An ordinary line's tallest strokes are at least this share of its height. */
const STROKES_IN_LINE = 0.6;

/**
 * The height of the tallest line of writing; for writing stacked over and under a bar,
 * within one line, the height a line of its strokes would have instead: its tall upright
 * strokes' height (the 90th percentile of those at least a quarter of the longest stroke:
 * digits, not dots or bars) over STROKES_IN_LINE, when that is less.
 */
function lineHeight(ink: Ink): number {
  const strokes = ink.filter((s) => s.length > 0);
  const boxes = strokes.map((s) => inkBounds([s]));
  const lines = splitLines(boxes);
  const tallest = Math.max(0, ...lines.map((line) => inkBounds(line.map((i) => strokes[i]!)).h));
  const longest = Math.max(0, ...boxes.map((b) => Math.max(b.w, b.h)));
  const tall = boxes.filter((b) => b.h >= b.w / 2 && Math.max(b.w, b.h) >= longest / 4);
  // Within one line of writing: a `7`'s bar has the line above it over it, not a numerator.
  const stacked = lines.some((line) => {
    const inLine = line.map((i) => boxes[i]!);
    return inLine.some((bar) => {
      if (bar.w < 3 * bar.h) return false;
      const middle = bar.y + bar.h / 2;
      const across = inLine.filter(
        (p) => tall.includes(p) && p.x < bar.x + bar.w && p.x + p.w > bar.x,
      );
      return across.some((p) => p.y + p.h <= middle) && across.some((p) => p.y >= middle);
    });
  });
  if (!stacked) return tallest;
  const heights = tall.map((b) => b.h).sort((a, b) => a - b);
  return Math.min(tallest, heights[Math.floor(0.9 * (heights.length - 1))]! / STROKES_IN_LINE);
}
