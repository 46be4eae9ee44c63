import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, Stroke } from '../pipeline/types.ts';
import { penLine } from './penLine.ts';
import type { Rng } from './rng.ts';

/**
 * Two styles pendigits' 30 writers never use and many people do: the slashed zero (`Ø`,
 * engineers and programmers, so that it is not an `O`) and the crossed seven (much of
 * Europe, so that it is not a `1`); a model that never saw them reads a slashed zero as `9`
 * or `?` and a crossed seven as `4`. Returns a `0` with a slash through
 * its loop or a `7` with a bar across its stem, as one more stroke; any other digit, and a
 * `7` whose stem it cannot find, unchanged.
 */
export function crossDigit(ink: Ink, label: string, rng: Rng): Ink {
  const strokes = ink.filter((s) => s.length > 0);
  if (strokes.length === 0) return ink;
  if (label === '0') return [...strokes, slash(strokes, rng)];
  if (label === '7') {
    const bar = crossbar(strokes, rng);
    return bar ? [...strokes, bar] : ink;
  }
  return ink;
}

/** A straight line through the loop's middle, mostly `/`, inside it or reaching past it. */
function slash(strokes: Ink, rng: Rng): Stroke {
  const b = inkBounds(strokes);
  const cx = b.x + b.w * rng.uniform(0.4, 0.6);
  const cy = b.y + b.h * rng.uniform(0.4, 0.6);
  // Half its height, as a share of the loop's: inside the loop (0.35) to twice its height,
  // as some write a `ϕ` with a small loop on a long stroke.
  const half = b.h * rng.uniform(0.35, 1);
  const lean = rng.uniform(0.35, 0.9) * (rng.chance(0.8) ? 1 : -1);
  const from: [number, number] = [cx - lean * half, cy + half];
  const to: [number, number] = [cx + lean * half, cy - half];
  return penLine(from, to, b.h * 0.006, rng);
}

/** A short bar across the stem at about mid-height, as wide as half the `7` or so. */
function crossbar(strokes: Ink, rng: Rng): Stroke | null {
  const b = inkBounds(strokes);
  const y = b.y + b.h * rng.uniform(0.4, 0.62);
  const x = stemAt(strokes, y);
  if (x === null) return null;
  const width = Math.max(b.w, b.h * 0.4) * rng.uniform(0.35, 0.7);
  const off = width * rng.uniform(-0.2, 0.2);
  const tilt = width * rng.uniform(-0.12, 0.08);
  return penLine(
    [x - width / 2 + off, y - tilt / 2],
    [x + width / 2 + off, y + tilt / 2],
    b.h * 0.005,
    rng,
  );
}

/** Where the ink crosses the height `y`: the leftmost crossing (a `7`'s stem, not a hook). */
function stemAt(strokes: Ink, y: number): number | null {
  let best: number | null = null;
  for (const s of strokes) {
    for (let i = 1; i < s.length; i++) {
      const [x0, y0] = s[i - 1]!;
      const [x1, y1] = s[i]!;
      if ((y0 - y) * (y1 - y) > 0 || y0 === y1) continue;
      const x = x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
      if (best === null || x < best) best = x;
    }
  }
  return best;
}
