import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';

type Pt = readonly [number, number];

/** A gently curved pen path from `a` to `b` (a quadratic Bézier), `a` excluded. */
function curve(a: Pt, b: Pt, bend: number, steps: number): InkPoint[] {
  const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * bend;
  const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend;
  const out: InkPoint[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([
      u * u * a[0] + 2 * u * t * mx + t * t * b[0],
      u * u * a[1] + 2 * u * t * my + t * t * b[1],
    ]);
  }
  return out;
}

/**
 * Cursive writers join digits: the pen arrives at a digit's first point from the lower
 * left (the end of the previous digit) and leaves its last point to the right. Segmenting
 * a joined number cuts those joins off only roughly, so each digit keeps a lead-in or a
 * tail. With probability `p` each, prepends a lead-in to the first stroke and appends a
 * tail to the last one, lengths relative to the ink's longer side.
 */
export function addLigatures(ink: Ink, rng: Rng, p: number): Ink {
  const strokes = ink.filter((s) => s.length > 0);
  if (strokes.length === 0) return ink;
  const { h, w } = inkBounds(strokes);
  const size = Math.max(h, w, 1e-6);
  const out: Stroke[] = strokes.map((s) => [...s]);
  if (rng.chance(p)) {
    const first = out[0]!;
    const s = first[0]!;
    const len = rng.uniform(0.2, 0.7) * size;
    const th = (rng.uniform(15, 75) * Math.PI) / 180;
    const from: Pt = [s[0] - len * Math.cos(th), s[1] + len * Math.sin(th)];
    out[0] = [
      [from[0], from[1]],
      ...curve(from, [s[0], s[1]], rng.uniform(-0.15, 0.15), 8).slice(0, -1),
      ...first,
    ];
  }
  if (rng.chance(p)) {
    const last = out[out.length - 1]!;
    const e = last[last.length - 1]!;
    const len = rng.uniform(0.15, 0.5) * size;
    const th = (rng.uniform(-20, 60) * Math.PI) / 180;
    const to: Pt = [e[0] + len * Math.cos(th), e[1] - len * Math.sin(th)];
    out[out.length - 1] = [...last, ...curve([e[0], e[1]], to, rng.uniform(-0.15, 0.15), 8)];
  }
  return out;
}
