// Ink for the classifier's `reject` class: marks that are not any digit or operator, so the
// model has somewhere to put scribbles, cross-outs and stray ticks instead of forcing them
// into the nearest symbol. The danger is the opposite mistake (teaching the model that
// real symbols are junk), so single straight lines, single arcs, plain loops and crosses
// are never produced, and the free-form shapes must turn a lot before they are accepted.

import { segmentsCross } from '../pipeline/ink/segmentsCross.ts';
import type { Ink, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';
import { penStroke, placeInk, type Pt } from './synthOperator.ts';

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Total absolute turning (radians) and how often the turning direction flips. */
export function turning(path: readonly Pt[]): { total: number; flips: number } {
  let total = 0;
  let flips = 0;
  let prevSign = 0;
  for (let i = 2; i < path.length; i++) {
    const [a, b, c] = [path[i - 2], path[i - 1], path[i]] as [Pt, Pt, Pt];
    const h1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const h2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
    let d = h2 - h1;
    d = Math.atan2(Math.sin(d), Math.cos(d));
    total += Math.abs(d);
    // Ignore tiny wiggles when counting flips; they are noise, not a change of mind.
    if (Math.abs(d) > 0.15) {
      const s = Math.sign(d);
      if (prevSign !== 0 && s !== prevSign) flips++;
      prevSign = s;
    }
  }
  return { total, flips };
}

// Free-form paths pass only if they wander far more than any digit does (a digit turns at
// most ~4π, e.g. 8, and its curvature flips a handful of times at most).
// Self-crossings separate a tangle from a loopy digit too: 8, 4, 2, 6 and 9 cross
// themselves at most once or twice.
const busyEnough = (p: readonly Pt[], minCrossings = 3): boolean => {
  const t = turning(p);
  return t.total > 5 * Math.PI && t.flips >= 4 && selfCrossings(p) >= minCrossings;
};

/** How many pairs of non-adjacent segments of the polyline intersect. */
export function selfCrossings(path: readonly Pt[]): number {
  let n = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    for (let j = i + 2; j + 1 < path.length; j++)
      if (segmentsCross(path[i]!, path[i + 1]!, path[j]!, path[j + 1]!)) n++;
  }
  return n;
}

/** Heading driven by a drifting angular velocity: loops, S-bends and knots. */
function smoothWalk(rng: Rng, n: number, radius: number): Pt[] {
  let x = 0;
  let y = 0;
  let h = rng.uniform(0, 2 * Math.PI);
  let w = 0;
  const step = rng.uniform(3, 6);
  const out: Pt[] = [[0, 0]];
  for (let i = 0; i < n; i++) {
    w = 0.75 * w + rng.normal(0, 0.45);
    // Steer back when wandering out, so the result is a blob rather than a long line.
    const r = Math.hypot(x, y);
    if (r > radius) {
      const home = Math.atan2(-y, -x) - h;
      w += 0.5 * Math.atan2(Math.sin(home), Math.cos(home));
    }
    h += w;
    x += step * Math.cos(h);
    y += step * Math.sin(h);
    out.push([x, y]);
  }
  return out;
}

/** Straight segments with sharp random turns, like an angry pen. */
function sharpWalk(rng: Rng, radius: number): Pt[] {
  let p: Pt = [0, 0];
  let h = rng.uniform(0, 2 * Math.PI);
  const out: Pt[] = [p];
  for (let i = rng.int(8, 14); i > 0; i--) {
    h += rng.uniform(1.1, 2.9) * (rng.chance(0.5) ? 1 : -1);
    if (Math.hypot(p[0], p[1]) > radius) h = Math.atan2(-p[1], -p[0]) + rng.normal(0, 0.5);
    const len = rng.uniform(10, 40);
    p = [p[0] + len * Math.cos(h), p[1] + len * Math.sin(h)];
    out.push(p);
  }
  return out;
}

/** Back-and-forth hatching whose sweep drifts and doubles back: a cross-out blob. */
function zigzag(rng: Rng, amp: number, reversals: number): Pt[] {
  const axis = rng.uniform(0, Math.PI);
  // Sometimes the sweep doubles back over itself (after at least half the swings).
  const turnBack = rng.chance(0.4) ? rng.int(Math.ceil(reversals / 2), reversals - 2) : reversals;
  // The sweep covers 0.7–1.6× the swing, so the result is a blob, not a thick bar (a 1).
  const adv = (2 * amp * rng.uniform(0.7, 1.6)) / turnBack;
  const out: Pt[] = [];
  let along = 0;
  for (let i = 0; i <= reversals; i++) {
    along += (i < turnBack ? 1 : -1) * adv * rng.uniform(0.5, 1.5);
    const across = (i % 2 === 0 ? 1 : -1) * amp * rng.uniform(0.6, 1);
    out.push([
      along * Math.cos(axis) - across * Math.sin(axis),
      along * Math.sin(axis) + across * Math.cos(axis),
    ]);
  }
  return out;
}

/** A closed loop, then scribbled solid (in the same stroke or a second one). */
function filledLoop(rng: Rng): Stroke[] {
  const rx = rng.uniform(18, 40);
  const ry = rx * rng.uniform(0.6, 1.4);
  const a0 = rng.uniform(0, 2 * Math.PI);
  const dir = rng.chance(0.7) ? -1 : 1;
  const loop: Pt[] = [];
  for (let i = 0, n = 28; i <= n; i++) {
    const a = a0 + (dir * 2 * Math.PI * 1.08 * i) / n;
    loop.push([rx * Math.cos(a), ry * Math.sin(a)]);
  }
  // Hatch across the loop, each swing reaching (roughly) the loop's edge.
  const axis = rng.uniform(0, Math.PI);
  const reversals = rng.int(10, 24);
  const fill: Pt[] = [];
  for (let i = 0; i <= reversals; i++) {
    const u = clamp(-0.85 + (1.7 * i) / reversals + rng.normal(0, 0.03), -0.95, 0.95);
    const v = (i % 2 === 0 ? 1 : -1) * Math.sqrt(1 - u * u) * rng.uniform(0.6, 1);
    const [cu, su] = [Math.cos(axis), Math.sin(axis)];
    fill.push([rx * (u * cu - v * su), ry * (u * su + v * cu)]);
  }
  if (rng.chance(0.3)) fill.reverse();
  if (rng.chance(0.5)) return [penStroke([...loop, ...fill], rng)];
  return [penStroke(loop, rng), penStroke(fill, rng)];
}

/**
 * A tiny check-mark tick: what a stray pen touch leaves, 3–6 points. It always opens
 * upwards (±50°) with a sharp knee, because a tick opening downwards with a short first
 * arm is exactly how many people write 1, and a wide-open one reads as 7 or L.
 */
function tick(rng: Rng, size = rng.uniform(2, 8)): Stroke {
  // Never 2 points: that is a straight segment, i.e. a 1 or a minus once normalised.
  const n = rng.int(3, 6);
  const open = -Math.PI / 2 + rng.uniform(-0.87, 0.87); // bisector, pointing up
  // Arms 35–63° apart and of similar length: a narrow V with one short arm is a 1's flag.
  const spread = rng.uniform(0.6, 1.1);
  const arm1 = size * rng.uniform(0.55, 1);
  const arm2 = size * rng.uniform(0.55, 1);
  const flip = rng.chance(0.5) ? 1 : -1;
  const h1 = open + (flip * spread) / 2;
  const h2 = open - (flip * spread) / 2;
  // Knee at the origin; the pen comes down one arm and goes up the other.
  const a: Pt = [arm1 * Math.cos(h1), arm1 * Math.sin(h1)];
  const b: Pt = [arm2 * Math.cos(h2), arm2 * Math.sin(h2)];
  const path: Pt[] = [a, [0, 0], b];
  while (path.length < n) {
    // Extra samples along the longer arm, as a slow pen would leave.
    const i = path.length === 3 ? 2 : 1;
    const p = path[i - 1] as Pt;
    const q = path[i] as Pt;
    path.splice(i, 0, [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]);
  }
  return path.map(
    ([x, y]) => [x + rng.normal(0, size * 0.015), y + rng.normal(0, size * 0.015)] as const,
  );
}

type Kind = 'scribble' | 'zigzag' | 'filled' | 'tick' | 'walk' | 'scatter';
const KINDS: readonly Kind[] = [
  'scribble',
  'scribble',
  'zigzag',
  'zigzag',
  'filled',
  // A lone tick is left out: at 20 px it is too close to a hooked `-` or a `v`-ish `1`.
  'walk',
  'walk',
  'scatter',
];

function attempt(rng: Rng, kind: Kind): Stroke[] | null {
  switch (kind) {
    case 'scribble': {
      const p = smoothWalk(rng, rng.int(30, 90), rng.uniform(20, 45));
      return busyEnough(p) ? [penStroke(p, rng)] : null;
    }
    case 'zigzag':
      return [penStroke(zigzag(rng, rng.uniform(12, 40), rng.int(8, 22)), rng)];
    case 'filled':
      return filledLoop(rng);
    case 'tick':
      return [tick(rng)];
    case 'walk': {
      const p = sharpWalk(rng, rng.uniform(25, 45));
      return turning(p).flips >= 3 && selfCrossings(p) >= 2 ? [penStroke(p, rng)] : null;
    }
    case 'scatter': {
      // Several stray marks around one spot; each is itself busy, so no = or ÷ appears.
      return Array.from({ length: rng.int(3, 6) }, () => {
        const ox = rng.uniform(-40, 40);
        const oy = rng.uniform(-40, 40);
        const s = rng.chance(0.5)
          ? tick(rng, rng.uniform(5, 15))
          : penStroke(zigzag(rng, rng.uniform(4, 10), rng.int(4, 7)), rng);
        return s.map((q) => [q[0] + ox, q[1] + oy] as const);
      });
    }
  }
}

/** One non-symbol: a scribble, cross-out blob, filled loop, stray tick, jagged walk or scatter. */
export function synthReject(rng: Rng): Ink {
  for (;;) {
    const kind = rng.pick(KINDS);
    // Rejection sampling for the free-form kinds; the structured kinds always succeed,
    // so this ends quickly.
    const strokes = attempt(rng, kind);
    if (strokes) return placeInk(strokes, rng);
  }
}
