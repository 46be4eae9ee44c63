import { inkBox } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { floodPieces } from './floodPieces.ts';
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
    const found = fusedDot(labels, width, c, lineHeight);
    if (!found) return null;
    const { x, y, w, h } = c.box;
    const id = newId();
    const [digit, dot] = [c.id, id].map((to) => ({
      to,
      x0: Infinity,
      y0: Infinity,
      x1: -1,
      y1: -1,
      n: 0,
    }));
    for (let yy = y; yy < y + h; yy++)
      for (let xx = x; xx < x + w; xx++) {
        if (labels[yy * width + xx] !== c.id) continue;
        const b = found.owner[(yy - y) * w + (xx - x)] === found.dot ? dot! : digit!;
        labels[yy * width + xx] = b.to;
        [b.x0, b.x1] = [Math.min(b.x0, xx), Math.max(b.x1, xx)];
        [b.y0, b.y1] = [Math.min(b.y0, yy), Math.max(b.y1, yy)];
        b.n++;
      }
    return [digit!, dot!].map((b) => ({
      id: b.to,
      box: inkBox(b.x0, b.y0, b.x1 - b.x0 + 1, b.y1 - b.y0 + 1),
      pixelCount: b.n,
    }));
  });
}

/**
 * A dot joined to component `c`: per pixel of its box, row by row, the core piece it belongs
 * to (floodPieces' ids), and the dot's; or null.
 */
function fusedDot(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  lineHeight: number,
): { owner: Int32Array; dot: number } | null {
  const { x, y, w, h } = c.box;
  if (h < TALL * lineHeight) return null;
  const mask = new Uint8Array(w * h);
  for (let yy = 0; yy < h; yy++)
    for (let xx = 0; xx < w; xx++)
      mask[yy * w + xx] = labels[(y + yy) * width + x + xx] === c.id ? 1 : 0;
  const ink = (xx: number, yy: number): boolean =>
    xx >= 0 && yy >= 0 && xx < w && yy < h && mask[yy * w + xx] === 1;
  const r = CORE * strokeWidth(ink, w, h);
  const depth = inkDepth(mask, w, h);
  const deeper = (level: number) => (xx: number, yy: number) =>
    depth[(yy - y) * w + (xx - x)]! > level;
  const { pieces, pieceOf } = floodPieces(labels, width, c, deeper(r));
  if (pieces.length < 2) return null;
  if (!pieces.some((b) => b.y1 - b.y0 + 2 * r >= TALL * lineHeight)) return null;
  const dot = pieces.find(
    (b) =>
      Math.max(b.x1 - b.x0, b.y1 - b.y0) + 2 * r <= DOT * lineHeight &&
      (b.y0 + b.y1) / 2 - y >= (1 - FOOT) * h,
  )?.id;
  if (dot === undefined) return null;
  const owner = nearestCore(pieceOf, ink, w, h);
  let dotDepth = 0;
  for (let p = 0; p < w * h; p++) if (owner[p] === dot) dotDepth = Math.max(dotDepth, depth[p]!);
  // The neck: the deepest level, in steps of STEP below the cores', at which the dot's core
  // still reaches another core; found by halving, since a shallower level only adds pixels.
  const reachesAt = (k: number): boolean =>
    reaches(pieceOf, dot, w, h, (p) => depth[p]! > r - STEP * k);
  let [lo, hi] = [0, Math.ceil(r / STEP)];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reachesAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  return r - STEP * lo > NECK * dotDepth ? null : { owner, dot };
}

/**
 * Each ink pixel's core (`pieceOf`'s ids, 0 for none): the one it reaches first through the
 * ink, breadth first.
 */
function nearestCore(
  pieceOf: Int32Array,
  ink: (x: number, y: number) => boolean,
  w: number,
  h: number,
): Int32Array {
  const owner = Int32Array.from(pieceOf);
  let front: number[] = [];
  for (let p = 0; p < w * h; p++) if (owner[p]! > 0) front.push(p);
  while (front.length > 0) {
    const next: number[] = [];
    for (const p of front) {
      const [px, py] = [p % w, Math.floor(p / w)];
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [qx, qy] = [px + dx, py + dy];
          const q = qy * w + qx;
          if (ink(qx, qy) && owner[q] === 0) {
            owner[q] = owner[p]!;
            next.push(q);
          }
        }
    }
    front = next;
  }
  return owner;
}

/**
 * Whether core `from` (`pieceOf`'s ids) reaches another core through the pixels `inside`:
 * a flood from its core alone, which stops at the first other core it meets.
 */
function reaches(
  pieceOf: Int32Array,
  from: number,
  w: number,
  h: number,
  inside: (p: number) => boolean,
): boolean {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let p = 0; p < w * h; p++)
    if (pieceOf[p] === from) {
      seen[p] = 1;
      stack.push(p);
    }
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (pieceOf[p]! > 0 && pieceOf[p] !== from) return true;
    const [px, py] = [p % w, Math.floor(p / w)];
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const [qx, qy] = [px + dx, py + dy];
        const q = qy * w + qx;
        if (qx >= 0 && qy >= 0 && qx < w && qy < h && !seen[q] && inside(q)) {
          seen[q] = 1;
          stack.push(q);
        }
      }
  }
  return false;
}
