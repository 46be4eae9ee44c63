// Procedural `1`s. Real tablet writers (UNIPEN) draw `1` in styles that pendigits' 30
// writers and MNIST barely show: a long entry flag at the top, a flick or a serif at the
// foot, a forward lean. Without them the model reads a flagged `1` as `(`, `4` or `6`.
// What separates a `1` from a paren is a straight body: the body here bows at most a few
// per cent of its height, while synthOperator's parens bulge 7–35 %.

import type { Ink, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';
import { bowedLine, penStroke, placeInk, rotateInk, type Pt } from './synthOperator.ts';

const DEG = Math.PI / 180;

/** Ink for one handwritten `1`, in a random style, size and position. */
export function synthOne(rng: Rng): Ink {
  const h = rng.uniform(60, 100);
  const top: Pt = [0, -h / 2];
  const bottom: Pt = [0, h / 2];
  const body = bowedLine(top, bottom, rng.normal(0, 0.025) * h);
  const lean = Math.max(-20, Math.min(25, rng.normal(5, 7)));
  let path: Pt[] = body;
  if (rng.chance(0.6)) {
    // The entry flag: from down-left up to the top, then down the body in one motion.
    const len = h * rng.uniform(0.08, 0.35);
    // At least 35° below the horizontal once the lean turns it: a flat flag is a `7`'s bar.
    const angle = (lean + rng.uniform(35, 70)) * DEG;
    const start: Pt = [-len * Math.cos(angle), -h / 2 + len * Math.sin(angle)];
    path = [...bowedLine(start, top, rng.normal(0, 0.06) * len, 8), ...body.slice(1)];
  }
  if (rng.chance(0.12)) {
    // A long exit flick up and to the right, the pen still moving as it lifts (a `√`-like
    // foot): some writers end every `1` so, up to 40 % of its height, and a model that
    // never saw it reads those `1`s as `4` or `6`.
    const len = h * rng.uniform(0.15, 0.4);
    const angle = rng.uniform(25, 70) * DEG;
    const end = path[path.length - 1]!;
    path = [
      ...path,
      [end[0] + len * 0.15, end[1] + len * 0.05],
      ...bowedLine(
        [end[0] + len * 0.3, end[1] - len * 0.05],
        [end[0] + len * Math.cos(angle), end[1] - len * Math.sin(angle)],
        rng.normal(0, 0.08) * len,
        4,
      ),
    ];
  } else if (rng.chance(0.3)) {
    // A flick at the foot, to either side, often curling back up (a `ɩ`-like hook).
    const dir = rng.chance(0.5) ? 1 : -1;
    const len = h * rng.uniform(0.05, 0.2);
    const end = path[path.length - 1]!;
    path = [
      ...path,
      [end[0] + dir * len * 0.5, end[1] + len * 0.1],
      [end[0] + dir * len, end[1] - len * rng.uniform(0, 0.9)],
    ];
  }
  // A few writers draw the `1` bottom-up.
  if (rng.chance(0.08)) path = [...path].reverse();
  const strokes: Stroke[] = [penStroke(path, rng, rng.uniform(0.003, 0.012))];
  if (rng.chance(0.15)) {
    // A base serif, a separate stroke across the foot.
    const w = h * rng.uniform(0.3, 0.65);
    const c = rng.normal(0, 0.05) * h;
    const y = h / 2 + rng.normal(0, 0.02) * h;
    const bar = bowedLine(
      [c - w / 2, y],
      [c + w / 2, y + rng.normal(0, 0.03) * w],
      rng.normal(0, 0.04) * w,
      6,
    );
    strokes.push(penStroke(bar, rng, rng.uniform(0.004, 0.015)));
  }
  return placeInk(rotateInk(strokes, lean * DEG), rng);
}
