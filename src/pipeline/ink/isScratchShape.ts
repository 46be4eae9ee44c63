import type { Stroke } from '../types.ts';

/** A scratch-out goes back and forth at least this many times… */
export const SCRATCH_REVERSALS = 4;
/** …each turn at least this share of the stroke's extent along its main direction from the last. */
const TURN = 0.3;
/** …and lays down at least this much ink per unit of its box's half-perimeter. */
const SCRATCH_DENSITY = 1.5;
/** …in straight strokes from turn to turn: a dot scribbled round in circles is no scratch-out. */
const SCRATCH_STRAIGHT = 0.8;

export interface ScratchFeatures {
  /** Times the pen turns back along the stroke's main direction. */
  readonly reversals: number;
  /** Path length over the box's width plus height. */
  readonly density: number;
  /** The straight lines from turn to turn over the path's length: 1 for a zig-zag of straight strokes. */
  readonly straightness: number;
}

/**
 * How much a stroke goes back and forth, along whichever axis it turns back on most (a
 * zig-zag over a digit runs across it while it works its way down), for isScratchShape.
 */
export function scratchFeatures(stroke: Stroke): ScratchFeatures {
  if (stroke.length < 2) return { reversals: 0, density: 0, straightness: 0 };
  const xs = stroke.map((p) => p[0]);
  const ys = stroke.map((p) => p[1]);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  let length = 0;
  for (let i = 1; i < stroke.length; i++) length += distance(stroke, i - 1, i);
  const [x, y] = [turnsAlong(xs, w), turnsAlong(ys, h)];
  const turns = x.length >= y.length ? x : y;
  let chords = 0;
  for (let k = 1; k < turns.length; k++) chords += distance(stroke, turns[k - 1]!, turns[k]!);
  return {
    reversals: turns.length - 2,
    density: w + h > 0 ? length / (w + h) : 0,
    straightness: length > 0 ? chords / length : 0,
  };
}

/** The stroke's ends and the points where it turns back along one axis by TURN of `extent`. */
function turnsAlong(along: readonly number[], extent: number): number[] {
  let direction = 0;
  // The furthest point reached in the current direction: where the pen turns.
  let extreme = 0;
  const turns = [0];
  along.forEach((v, i) => {
    const step = v - along[extreme]!;
    if (direction === 0) {
      if (extent > 0 && Math.abs(step) >= TURN * extent)
        [direction, extreme] = [Math.sign(step), i];
      return;
    }
    if (Math.sign(step) === direction) extreme = i;
    else if (Math.abs(step) >= TURN * extent) {
      turns.push(extreme);
      [direction, extreme] = [-direction, i];
    }
  });
  turns.push(along.length - 1);
  return turns;
}

function distance(stroke: Stroke, a: number, b: number): number {
  return Math.hypot(stroke[a]![0] - stroke[b]![0], stroke[a]![1] - stroke[b]![1]);
}

/** Whether one stroke is drawn as a scratch-out: a dense zig-zag, back and forth. */
export function isScratchShape(stroke: Stroke): boolean {
  const f = scratchFeatures(stroke);
  return (
    f.reversals >= SCRATCH_REVERSALS &&
    f.density >= SCRATCH_DENSITY &&
    f.straightness >= SCRATCH_STRAIGHT
  );
}
