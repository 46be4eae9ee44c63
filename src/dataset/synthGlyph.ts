// Procedural ink for the other ways people write an operator (`/` and `:` for division,
// `*` for multiplication), for `%`, and for `√`. As with synthOperator, every freedom a
// real writer has is drawn at random: stroke count and order, direction, slant, the
// circles of `%` apart from or joined to its bar, a slash as steep as a `1` or as flat as
// 45°, an asterisk of three or four bars, dots from a touch to a small circle. The dot of a
// decimal point is not here: normalised to the model's box a dot is a blob like any other,
// so the pipeline tells it by its size and place in the line (score/adjustments/dot.ts).

import type { Ink, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';
import {
  bowedLine,
  dotStroke,
  penStroke,
  placeInk,
  rotateInk,
  tilt,
  type Pt,
} from './synthOperator.ts';

export type GlyphLabel = '%' | '/' | '*' | ':' | '√';
export const GLYPH_LABELS: readonly GlyphLabel[] = ['%', '/', '*', ':', '√'];

const DEG = Math.PI / 180;

/** A slash of height h through the origin, drawn top-right to bottom-left (or back). */
function slashPath(h: number, angleDeg: number, rng: Rng): Pt[] {
  const dx = h / Math.tan(angleDeg * DEG);
  const a: Pt = [dx / 2, -h / 2];
  const b: Pt = [-dx / 2, h / 2];
  const path = bowedLine(a, b, rng.normal(0, 0.02) * h);
  // Most writers draw it downwards; some from the foot up.
  return rng.chance(0.8) ? path : path.reverse();
}

function slash(rng: Rng): Stroke[] {
  const h = rng.uniform(60, 100);
  // From flatter than 45° to as steep as a `1` that leans: steeper still, a stroke is read as
  // the `1` that real writers draw there far more often than a slash.
  const angle = rng.uniform(40, 72);
  let path = slashPath(h, angle, rng);
  if (rng.chance(0.1)) {
    // A small hook where the pen lands or lifts.
    const end = path[path.length - 1]!;
    const k = h * rng.uniform(0.04, 0.1);
    path = [...path, [end[0] + k * rng.uniform(-1, 1), end[1] - k]];
  }
  return [penStroke(path, rng, rng.uniform(0.003, 0.012))];
}

/** A small closed loop (a `%`'s circle), starting at its top, either way round. */
function loop(c: Pt, r: number, rng: Rng): Pt[] {
  const n = rng.int(10, 18);
  const dir = rng.chance(0.7) ? -1 : 1;
  const a0 = -Math.PI / 2 + rng.normal(0, 0.4);
  const turn = rng.uniform(0.9, 1.15);
  const squash = rng.uniform(0.7, 1.3);
  return Array.from({ length: n + 1 }, (_, i): Pt => {
    const a = a0 + (dir * 2 * Math.PI * turn * i) / n;
    return [c[0] + r * Math.cos(a), c[1] + r * squash * Math.sin(a)];
  });
}

function percent(rng: Rng): Stroke[] {
  const h = rng.uniform(60, 100);
  const angle = rng.uniform(50, 78);
  const dx = h / Math.tan(angle * DEG);
  const top: Pt = [dx / 2, -h / 2];
  const bottom: Pt = [-dx / 2, h / 2];
  const bar = bowedLine(top, bottom, rng.normal(0, 0.02) * h);
  const r1 = h * rng.uniform(0.11, 0.25);
  const r2 = r1 * rng.uniform(0.75, 1.3);
  // The circles sit either side of the bar, near its ends, sometimes touching it.
  const c1: Pt = [-dx / 2 + rng.normal(0, 0.06) * h, -h / 2 + r1 + rng.normal(0, 0.05) * h];
  const c2: Pt = [dx / 2 + rng.normal(0, 0.06) * h, h / 2 - r2 + rng.normal(0, 0.05) * h];
  const o1 = loop(c1, r1, rng);
  const o2 = loop(c2, r2, rng);
  const wob = rng.uniform(0.004, 0.015);
  const style = rng.next();
  let strokes: Pt[][];
  if (style < 0.7) {
    // Three strokes: circle, bar, circle (or the bar first).
    strokes = rng.chance(0.8) ? [o1, bar, o2] : [bar, o1, o2];
  } else if (style < 0.9) {
    // The first circle runs on into the bar without lifting the pen.
    strokes = [[...o1, ...bar], o2];
  } else if (style < 0.97) {
    // The bar first, then both circles; or the bar runs on into the second circle.
    strokes = rng.chance(0.5) ? [bar, o1, o2] : [o1, [...bar, ...o2]];
  } else {
    strokes = [[...o1, ...bar, ...o2]];
  }
  return strokes.map((p) => penStroke(p, rng, wob));
}

function asterisk(rng: Rng): Stroke[] {
  const len = rng.uniform(40, 80);
  const four = rng.chance(0.5);
  const n = four ? 4 : 3;
  const start = four ? 0 : 90;
  const wob = rng.uniform(0.004, 0.015);
  const bars = Array.from({ length: n }, (_, i) => {
    const ang = (start + (180 / n) * i + rng.normal(0, 7)) * DEG;
    const l = len * rng.uniform(0.8, 1.2);
    const off: Pt = [rng.normal(0, 0.06) * len, rng.normal(0, 0.06) * len];
    const ux = (Math.cos(ang) * l) / 2;
    const uy = (Math.sin(ang) * l) / 2;
    let path = bowedLine([off[0] - ux, off[1] - uy], [off[0] + ux, off[1] + uy], 0.02 * l);
    if (rng.chance(0.5)) path = path.reverse();
    return penStroke(path, rng, wob);
  });
  // Writers start with the vertical or the horizontal bar, then go round in either order.
  if (rng.chance(0.3)) bars.reverse();
  return bars;
}

function colon(rng: Rng): Stroke[] {
  const gap = rng.uniform(25, 80);
  const x = rng.normal(0, 0.08) * gap;
  const top = dotStroke([0, -gap / 2], rng);
  const bottom = dotStroke([x, gap / 2], rng);
  return rng.chance(0.9) ? [top, bottom] : [bottom, top];
}

function root(rng: Rng): Stroke[] {
  const h = rng.uniform(60, 100);
  const tickW = h * rng.uniform(0.15, 0.35);
  const foot: Pt = [0, h / 2];
  const peak: Pt = [h * rng.uniform(0.25, 0.55), -h / 2];
  // The short rise into the tick, from its left (some writers leave it out).
  const tail: Pt[] = rng.chance(0.75)
    ? [
        [-tickW, h * rng.uniform(-0.05, 0.2)],
        [-tickW * 0.6, h * rng.uniform(-0.1, 0.1)],
      ]
    : [];
  const down = bowedLine(tail.length ? [-tickW * 0.5, h * 0.05] : [-tickW, h * 0.1], foot, 0, 4);
  const up = bowedLine(foot, peak, rng.normal(0, 0.02) * h, 10);
  // The bar over the radicand: none, a stub, or long (it covers whatever is under it).
  const barLen = rng.chance(0.15) ? 0 : h * Math.exp(rng.uniform(Math.log(0.2), Math.log(2.5)));
  const bar =
    barLen > 0
      ? bowedLine(
          peak,
          [peak[0] + barLen, peak[1] + rng.normal(0, 0.03) * barLen],
          rng.normal(0, 0.01) * barLen,
          8,
        )
      : [];
  const wob = rng.uniform(0.003, 0.012);
  const tick = [...tail, ...down, ...up.slice(1)];
  if (bar.length > 0 && rng.chance(0.3)) {
    // The bar as a stroke of its own.
    return [penStroke(tick, rng, wob), penStroke(bar, rng, wob)];
  }
  return [penStroke([...tick, ...bar.slice(1)], rng, wob)];
}

const BUILDERS: Record<GlyphLabel, (rng: Rng) => Stroke[]> = {
  '%': percent,
  '/': slash,
  '*': asterisk,
  ':': colon,
  '√': root,
};

/** Ink for one of the glyph classes, with the spread of how real writers draw it. */
export function synthGlyph(label: GlyphLabel, rng: Rng): Ink {
  const strokes = BUILDERS[label](rng);
  // The slash and `%` bring their own slant; the others lean a little, as writers do.
  const slant = label === '/' || label === '%' ? 0 : tilt(rng, 4, 10);
  return placeInk(rotateInk(strokes, slant), rng);
}
