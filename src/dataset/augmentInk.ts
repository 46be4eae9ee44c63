// Stroke-level augmentation for real pen data (digits and operators alike). Real corpora
// come from a few tablets and a few hundred writers; these perturbations stand in for the
// writers and devices we do not have: slant and proportions (affine), local shape
// distortion (elastic warp), sensor noise (jitter), sampling rate (resampling) and pens
// lifted a moment early (dropped tail). Working on strokes, before rasterising, keeps the
// line width realistic, which image-space warps would not.

import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';

export interface AugmentOptions {
  /** Max absolute rotation in degrees (default 10). */
  readonly rotationDeg?: number;
  /** Max absolute horizontal shear, x += k·y (default 0.3). */
  readonly shear?: number;
  /** Range of the independent x and y scale factors (default [0.8, 1.2]). */
  readonly scale?: readonly [number, number];
  /** Max elastic displacement as a fraction of the ink's size (default 0.04). */
  readonly warp?: number;
  /** Max standard deviation of per-point noise as a fraction of the ink's size (default 0.008). */
  readonly jitter?: number;
  /** Max probability per point of being dropped or duplicated (default 0.3). */
  readonly resample?: number;
  /** Probability per stroke of losing a very short trailing segment (default 0.1). */
  readonly dropTail?: number;
}

type Pt2 = [number, number];

function bounds(ink: Ink): { cx: number; cy: number; size: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of ink)
    for (const p of s) {
      x0 = Math.min(x0, p[0]);
      y0 = Math.min(y0, p[1]);
      x1 = Math.max(x1, p[0]);
      y1 = Math.max(y1, p[1]);
    }
  if (!Number.isFinite(x0 + y0 + x1 + y1)) return { cx: 0, cy: 0, size: 1 };
  // A lone dot or a flat dash has zero extent along one axis; never divide by zero.
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, size: Math.max(x1 - x0, y1 - y0, 1e-6) };
}

/** A smooth random displacement field: two low-frequency plane waves per axis. */
function elasticField(rng: Rng, amp: number): (u: number, v: number) => Pt2 {
  const waves = Array.from({ length: 4 }, () => ({
    fu: rng.uniform(-1.2, 1.2),
    fv: rng.uniform(-1.2, 1.2),
    ph: rng.uniform(0, 2 * Math.PI),
    a: (amp * rng.uniform(-1, 1)) / 2,
  }));
  const w = (i: number, u: number, v: number): number => {
    const k = waves[i] as (typeof waves)[number];
    return k.a * Math.sin(2 * Math.PI * (k.fu * u + k.fv * v) + k.ph);
  };
  return (u, v) => [w(0, u, v) + w(1, u, v), w(2, u, v) + w(3, u, v)];
}

const withT = (x: number, y: number, t: number | undefined): InkPoint =>
  t === undefined ? [x, y] : [x, y, t];

/** Thin or thicken the sampling, as a slower or faster digitiser would. */
function resample(s: readonly InkPoint[], rng: Rng, pMax: number): InkPoint[] {
  if (s.length < 3 || pMax <= 0 || rng.chance(0.4)) return [...s];
  const p = rng.uniform(0, pMax);
  const out: InkPoint[] = [];
  const drop = rng.chance(0.5);
  s.forEach((q, i) => {
    const end = i === 0 || i === s.length - 1;
    if (drop) {
      // Keep the ends so the stroke's extent is unchanged, and at least 2 points in all.
      if (end || rng.next() >= p) out.push(q);
      return;
    }
    out.push(q);
    const next = s[i + 1];
    if (next && rng.next() < p) {
      // Half the time a repeated sample (a stalled pen), else an interpolated one.
      out.push(
        rng.chance(0.5)
          ? q
          : withT(
              (q[0] + next[0]) / 2,
              (q[1] + next[1]) / 2,
              q[2] === undefined || next[2] === undefined ? undefined : (q[2] + next[2]) / 2,
            ),
      );
    }
  });
  return out;
}

/** Remove a trailing flick shorter than ~8% of the stroke: the pen lifted a little early. */
function dropTail(s: InkPoint[]): InkPoint[] {
  if (s.length < 6) return s;
  let total = 0;
  for (let i = 1; i < s.length; i++)
    total += Math.hypot(
      (s[i] as InkPoint)[0] - (s[i - 1] as InkPoint)[0],
      (s[i] as InkPoint)[1] - (s[i - 1] as InkPoint)[1],
    );
  let cut = s.length;
  let tail = 0;
  while (cut > s.length - 3 && cut > 4) {
    const a = s[cut - 1] as InkPoint;
    const b = s[cut - 2] as InkPoint;
    tail += Math.hypot(a[0] - b[0], a[1] - b[1]);
    if (tail > 0.08 * total) break;
    cut--;
  }
  return s.slice(0, cut);
}

/**
 * A randomly perturbed copy of `ink` (never the input itself) with the same number of
 * strokes, each non-empty stroke staying non-empty. Timestamps, when present, are kept.
 */
export function augmentInk(ink: Ink, rng: Rng, opts: AugmentOptions = {}): Ink {
  const rot = rng.uniform(-1, 1) * (opts.rotationDeg ?? 10) * (Math.PI / 180);
  const shear = rng.uniform(-1, 1) * (opts.shear ?? 0.3);
  const [smin, smax] = opts.scale ?? [0.8, 1.2];
  const sx = rng.uniform(smin, smax);
  const sy = rng.uniform(smin, smax);
  const { cx, cy, size } = bounds(ink);
  const field = elasticField(rng, rng.uniform(0, opts.warp ?? 0.04));
  const jitter = rng.uniform(0, opts.jitter ?? 0.008) * size;
  const cos = Math.cos(rot);
  const sin = Math.sin(rot);

  return ink.map((stroke): Stroke => {
    let s: InkPoint[] = stroke.map((p) => {
      // Warp in size-normalised coordinates so the field's wavelength tracks the glyph.
      const u = (p[0] - cx) / size;
      const v = (p[1] - cy) / size;
      const [du, dv] = field(u, v);
      const x = (u + du) * sx;
      const y = (v + dv) * sy;
      const xs = x + shear * y;
      const nx = (xs * cos - y * sin) * size + cx + rng.normal(0, jitter);
      const ny = (xs * sin + y * cos) * size + cy + rng.normal(0, jitter);
      return withT(nx, ny, p[2]);
    });
    s = resample(s, rng, opts.resample ?? 0.3);
    if (rng.chance(opts.dropTail ?? 0.1)) s = dropTail(s);
    return s;
  });
}
