import type { GreyImage } from '../types.ts';
import { borderPixels } from './borderPixels.ts';
import { commonestLevel, countLevelsAt, countLevelsInBox, peakLevel } from './histogram.ts';

/**
 * Paper and desk differ by at least this share of the brighter: a sheet photographed on a
 * table. Closer than that, the border is taken to be paper in shadow (paperMap's work).
 */
const DESK_CONTRAST = 0.4;
/** The share of the image's edge that must be desk: a sheet may run off one side. */
const FRAME_SHARE = 0.6;
/** The share of the picture the sheet must fill. */
const MIN_PAGE_SHARE = 0.4;
/** How much of its bounding box the sheet fills (a rectangle seen a little askew). */
const MIN_FILL = 0.8;
/** How much of the sheet is paper rather than ink. */
const MIN_PAPER_SHARE = 0.6;
/** The share of the edge at one exact level that marks a drawing, not a photo. */
const DRAWN_GROUND = 0.5;
/**
 * The desk's flood crosses only dark this wide (a share of the picture's shorter side, and
 * never under THINNEST px): a notebook's printed lines and the pen's strokes are thinner,
 * the desk around a sheet far wider.
 */
const WIDE_SHARE = 0.01;
const THINNEST = 4;

/**
 * Where the page is, in a photo of a sheet lying on a desk: 1 for the page (and the ink on
 * it), 0 for the desk around it; null when the border is the page itself, as in a scan, a
 * canvas or a photo cropped to the sheet.
 *
 * The border's commonest level is the desk's and the middle's (where a photo is aimed) is
 * the paper's. Pixels darker than halfway between them that connect to the image's edge
 * through wide dark (not along a ruled line or a stroke) are desk; the rest, ink enclosed
 * by paper included, is the page. (A shadow that darkens the page to halfway towards the
 * desk joins the desk: not handled.)
 */
export function pageMask(image: GreyImage): Uint8Array | null {
  const { width, height, data } = image;
  if (width < 16 || height < 16) return null;
  const ring = borderPixels(width, height);
  const edge = countLevelsAt(data, ring);
  // The middle half of each side, where a photo is aimed.
  const middle = countLevelsInBox(image, {
    x0: Math.floor(width / 4) + 1,
    y0: Math.floor(height / 4) + 1,
    x1: (3 * width) / 4,
    y1: (3 * height) / 4,
  });
  // A drawing program's ground is one exact level; a photographed desk never is (grain,
  // sensor noise, JPEG). Thick white digits on black, MNIST's own look, stay drawings.
  if (edge[peakLevel(edge)]! >= DRAWN_GROUND * ring.length) return null;
  const desk = commonestLevel(edge);
  const paper = commonestLevel(middle);
  // Paper is brighter than the desk it lies on. A page whose inside is mostly darker than
  // its border is a thick marker's strokes on a canvas, not a sheet on a table.
  if (paper - desk < DESK_CONTRAST * paper) return null;

  // Flood the desk in from the edges over every pixel darker than halfway, but only where
  // the dark is wide: a ruled line, or a stroke that runs to the sheet's edge, would carry
  // the flood into the writing. Wide dark is blocks of `size` px all darker than halfway,
  // connected to the edge; the pixel flood may go a block beyond those, and along the
  // picture's own edge (a desk showing there only as a strip).
  const half = (desk + paper) / 2;
  const size = Math.max(THINNEST, Math.round(WIDE_SHARE * Math.min(width, height)));
  const near = wideDark(data, width, height, half, size);
  const bw = Math.ceil(width / size);
  const mask = new Uint8Array(width * height).fill(1);
  const stack = new Int32Array(width * height);
  let top = 0;
  // Each column's and row's block, or -1 in the band along the picture's edge.
  const band = (n: number, at: number): number =>
    at < size || at >= n - size ? -1 : Math.floor(at / size);
  const colBlock = Int32Array.from({ length: width }, (_, x) => band(width, x));
  const rowBlock = Int32Array.from({ length: height }, (_, y) => band(height, y) * bw);
  const push = (i: number): void => {
    if (mask[i] === 0 || data[i]! >= half) return;
    const x = i % width;
    const col = colBlock[x]!;
    const row = rowBlock[(i - x) / width]!;
    if (col >= 0 && row >= 0 && !near[row + col]) return;
    mask[i] = 0;
    stack[top++] = i;
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % width;
    if (x > 0) push(i - 1);
    if (x < width - 1) push(i + 1);
    if (i >= width) push(i - width);
    if (i < (height - 1) * width) push(i + width);
  }
  // The desk frames the sheet: most of the image's edge is desk. Light that merely falls
  // off across a page (paperMap's case) floods one side, not a frame.
  let edgeDesk = 0;
  for (const i of ring) if (mask[i] === 0) edgeDesk++;
  if (edgeDesk < FRAME_SHARE * ring.length) return null;
  // The sheet is most of the picture, since a photo is aimed at it (light strokes on a
  // dark ground cover far less), it is mostly paper, and it is near enough a rectangle to
  // fill most of its bounding box, which a digit written in white on black does not.
  let pageArea = 0;
  let paperArea = 0;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      pageArea++;
      if (data[y * width + x]! >= half) paperArea++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (pageArea < MIN_PAGE_SHARE * mask.length) return null;
  if (paperArea < MIN_PAPER_SHARE * pageArea) return null;
  return pageArea >= MIN_FILL * (x1 - x0 + 1) * (y1 - y0 + 1) ? mask : null;
}

/**
 * Blocks of `size` px (the picture cut into a grid) that are all darker than `half` and
 * connect to the picture's edge through such blocks, grown by one block: where the desk's
 * flood may go. A line or stroke thinner than a block never makes a block all dark.
 */
function wideDark(
  data: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  half: number,
  size: number,
): Uint8Array {
  const bw = Math.ceil(width / size);
  const bh = Math.ceil(height / size);
  const dark = new Uint8Array(bw * bh).fill(1);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / size) * bw;
    for (let x = 0; x < width; x++) {
      if (data[y * width + x]! >= half) dark[row + Math.floor(x / size)] = 0;
    }
  }
  const reached = new Uint8Array(bw * bh);
  const stack: number[] = [];
  const push = (b: number): void => {
    if (dark[b] && !reached[b]) {
      reached[b] = 1;
      stack.push(b);
    }
  };
  for (let bx = 0; bx < bw; bx++) {
    push(bx);
    push((bh - 1) * bw + bx);
  }
  for (let by = 0; by < bh; by++) {
    push(by * bw);
    push(by * bw + bw - 1);
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    const bx = b % bw;
    if (bx > 0) push(b - 1);
    if (bx < bw - 1) push(b + 1);
    if (b >= bw) push(b - bw);
    if (b < (bh - 1) * bw) push(b + bw);
  }
  const near = new Uint8Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      if (!reached[by * bw + bx]) continue;
      for (let y = Math.max(0, by - 1); y <= Math.min(bh - 1, by + 1); y++) {
        for (let x = Math.max(0, bx - 1); x <= Math.min(bw - 1, bx + 1); x++) near[y * bw + x] = 1;
      }
    }
  }
  return near;
}
