import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../pipeline/types.ts';
import { penLine } from './penLine.ts';
import type { Rng } from './rng.ts';

/** How engineers mark a zero apart from an `O`, besides the slash crossDigit draws. */
export type ZeroMark = 'vertical' | 'horizontal' | 'dot';
export const ZERO_MARKS: readonly ZeroMark[] = ['vertical', 'horizontal', 'dot'];

/** The ranges a mark is drawn from, as shares of the zero's box. */
export interface ZeroMarkRanges {
  /** How far a bar reaches from the centre, as a share of the box along it. */
  readonly reach: readonly [number, number];
  /** How far the mark's centre strays from the box's, as a share of the box. */
  readonly stray: number;
  /** A dot's radius, as a share of the box's height. */
  readonly dot: readonly [number, number];
}

/** The ranges training draws from; the evaluation row uses others, so it measures more. */
export const TRAINING_ZERO_MARKS: ZeroMarkRanges = {
  reach: [0.3, 0.75],
  stray: 0.08,
  dot: [0.02, 0.08],
};

/**
 * A `0` with a bar through it (vertical or horizontal, inside the loop or reaching past it)
 * or a dot inside, as one more stroke: the styles engineers use so that a zero is not an `O`.
 */
export function markZero(ink: Ink, mark: ZeroMark, rng: Rng, ranges = TRAINING_ZERO_MARKS): Ink {
  const strokes = ink.filter((s) => s.length > 0);
  if (strokes.length === 0) return ink;
  const b = inkBounds(strokes);
  const cx = b.x + b.w * (0.5 + rng.uniform(-ranges.stray, ranges.stray));
  const cy = b.y + b.h * (0.5 + rng.uniform(-ranges.stray, ranges.stray));
  const reach = rng.uniform(ranges.reach[0], ranges.reach[1]);
  const wobble = b.h * 0.005;
  if (mark === 'vertical') {
    const lean = b.w * rng.uniform(-0.1, 0.1);
    return [
      ...strokes,
      penLine([cx + lean, cy - reach * b.h], [cx - lean, cy + reach * b.h], wobble, rng),
    ];
  }
  if (mark === 'horizontal') {
    const tilt = b.h * rng.uniform(-0.06, 0.06);
    return [
      ...strokes,
      penLine([cx - reach * b.w, cy - tilt], [cx + reach * b.w, cy + tilt], wobble, rng),
    ];
  }
  const r = b.h * rng.uniform(ranges.dot[0], ranges.dot[1]);
  const n = rng.int(1, 8);
  const dot: InkPoint[] = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  return [...strokes, dot];
}
