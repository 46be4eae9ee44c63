import { inkBox, type InkBox } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { inkDepth } from './inkDepth.ts';
import { recutComponents } from './recutComponents.ts';
import { strokeWidth } from './strokeWidth.ts';

/** Ink deeper than this share of the pen's width from the paper is a stroke's core. */
const CORE = 0.4;
/** The blob is at least this × the line's digit height tall: a digit the dot was joined to. */
const TALL = 0.5;
/** The dot, its core grown back, is at most this × the line's digit height… */
const DOT = 0.25;
/** …its core's centre in this lowest share of the blob… */
const FOOT = 0.3;
/**
 * …and the ink joining it to the digit, at its thinnest, at most this share as deep as the
 * dot: a pen that lands beside a stroke leaves a waist, while a stroke whose thin core the
 * pixels broke (a hook at a `1`'s foot) is nearly as deep all along.
 */
const NECK = 0.6;
/** The neck's depth is found to this many pixels. */
const STEP = 0.25;

/**
 * Cuts a decimal point from the digit a thick pen joined it to (`46.1` in a picture, the
 * point touching the `1`'s foot): eroded to the cores of its strokes, such a blob falls
 * apart into a digit-tall piece and a dot-sized one at its foot, joined by a neck thinner
 * than the pen (a stroke is as wide as the pen all along, so it keeps its core). Each pixel
 * goes to the core it reaches first through the ink; the point then stands alone, to be read
 * by its size and place as every dot is.
 */
export function splitFusedDots(map: ComponentMap, width: number, lineHeight: number): ComponentMap {
  return recutComponents(map, (c, _, labels, newId) => {
    const dot = fusedDot(labels, width, c, lineHeight);
    if (!dot) return null;
    const id = newId();
    for (const p of dot) labels[p] = id;
    return [measure(labels, width, c.box, c.id), measure(labels, width, c.box, id)];
  });
}

/** The pixels (indexes into `labels`) of a dot joined to component `c`, or null. */
function fusedDot(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  lineHeight: number,
): number[] | null {
  const { x, y, w, h } = c.box;
  if (h < TALL * lineHeight) return null;
  const mask = new Uint8Array(w * h);
  for (let yy = 0; yy < h; yy++)
    for (let xx = 0; xx < w; xx++)
      mask[yy * w + xx] = labels[(y + yy) * width + x + xx] === c.id ? 1 : 0;
  const ink = (xx: number, yy: number): boolean =>
    xx >= 0 && yy >= 0 && xx < w && yy < h && mask[yy * w + xx] === 1;
  const pen = strokeWidth(ink, w, h);
  const r = CORE * pen;
  const depth = inkDepth(mask, w, h);
  const { piece, boxes } = pieces(w, h, (p) => depth[p]! > r);
  if (boxes.length < 2) return null;
  if (!boxes.some((b) => b.y1 - b.y0 + 2 * r >= TALL * lineHeight)) return null;
  const dot = boxes.findIndex(
    (b) =>
      Math.max(b.x1 - b.x0, b.y1 - b.y0) + 2 * r <= DOT * lineHeight &&
      (b.y0 + b.y1) / 2 >= (1 - FOOT) * h,
  );
  if (dot < 0) return null;
  const owner = nearestCore(piece, ink, w, h);
  let dotDepth = 0;
  for (let p = 0; p < w * h; p++) if (owner[p] === dot) dotDepth = Math.max(dotDepth, depth[p]!);
  // The neck: the deepest level, in steps of STEP below the cores', at which the dot's core
  // still reaches another core; found by halving, since a shallower level only adds pixels.
  const reachesAt = (k: number): boolean =>
    reaches(piece, dot, w, h, (p) => depth[p]! > r - STEP * k);
  let [lo, hi] = [0, Math.ceil(r / STEP)];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reachesAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  if (r - STEP * lo > NECK * dotDepth) return null;
  const out: number[] = [];
  for (let p = 0; p < w * h; p++)
    if (owner[p] === dot) out.push((y + Math.floor(p / w)) * width + x + (p % w));
  return out;
}

type Ink = (x: number, y: number) => boolean;

interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The 8-connected pieces of the pixels `inside`: each pixel's piece (-1 outside), each box. */
function pieces(
  w: number,
  h: number,
  inside: (p: number) => boolean,
): { piece: Int32Array; boxes: Extent[] } {
  const piece = new Int32Array(w * h).fill(-1);
  const boxes: Extent[] = [];
  for (let start = 0; start < w * h; start++) {
    if (!inside(start) || piece[start]! >= 0) continue;
    const b = { x0: w, y0: h, x1: -1, y1: -1 };
    piece[start] = boxes.length;
    const stack = [start];
    while (stack.length > 0) {
      const p = stack.pop()!;
      const [px, py] = [p % w, Math.floor(p / w)];
      [b.x0, b.x1] = [Math.min(b.x0, px), Math.max(b.x1, px)];
      [b.y0, b.y1] = [Math.min(b.y0, py), Math.max(b.y1, py)];
      around(p, w, h, (q) => {
        if (inside(q) && piece[q]! < 0) {
          piece[q] = boxes.length;
          stack.push(q);
        }
      });
    }
    boxes.push(b);
  }
  return { piece, boxes };
}

/** Each ink pixel's core: the one it reaches first through the ink, breadth first. */
function nearestCore(piece: Int32Array, ink: Ink, w: number, h: number): Int32Array {
  const owner = Int32Array.from(piece);
  let front: number[] = [];
  for (let p = 0; p < w * h; p++) if (owner[p]! >= 0) front.push(p);
  while (front.length > 0) {
    const next: number[] = [];
    for (const p of front)
      around(p, w, h, (q) => {
        if (owner[q]! < 0 && ink(q % w, Math.floor(q / w))) {
          owner[q] = owner[p]!;
          next.push(q);
        }
      });
    front = next;
  }
  return owner;
}

/** Whether core `from` reaches another core through the pixels `inside`. */
function reaches(
  piece: Int32Array,
  from: number,
  w: number,
  h: number,
  inside: (p: number) => boolean,
): boolean {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let p = 0; p < w * h; p++)
    if (piece[p] === from) {
      seen[p] = 1;
      stack.push(p);
    }
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (piece[p]! >= 0 && piece[p] !== from) return true;
    around(p, w, h, (q) => {
      if (!seen[q] && inside(q)) {
        seen[q] = 1;
        stack.push(q);
      }
    });
  }
  return false;
}

/** Calls `visit` with each of the up to 8 neighbours of pixel `p` in a w × h grid. */
function around(p: number, w: number, h: number, visit: (q: number) => void): void {
  const x = p % w;
  const y = (p - x) / w;
  for (let dy = -1; dy <= 1; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= h) continue;
    for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx;
      if ((dx !== 0 || dy !== 0) && xx >= 0 && xx < w) visit(yy * w + xx);
    }
  }
}

/** Component `id`'s box and pixel count, within `box`. */
function measure(labels: Int32Array, width: number, box: InkBox, id: number): InkComponent {
  let [x0, y0, x1, y1, n] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      if (labels[y * width + x] !== id) continue;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      n++;
    }
  return { id, box: inkBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1), pixelCount: n };
}
