import { estimateLineHeight } from '../../src/pipeline/geometry/estimateLineHeight.ts';
import { inkBounds } from '../../src/pipeline/geometry/inkBounds.ts';
import type { Ink } from '../../src/pipeline/types.ts';
import type { Rng } from '../../src/dataset/rng.ts';

/** Where one drawing stands on the sheet, top to bottom in the sheet's units. */
export interface SheetBand {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Drawings written one under another on a sheet, as a person fills a page: each scaled to
 * a digit height of `height` ± 20 %, the gap to the one above 0.3 to 0.8 of that height,
 * each line starting up to 0.6 heights in from the left.
 */
export function stackSheet(
  drawings: readonly Ink[],
  rng: Rng,
  height = 100,
): { strokes: Ink; bands: SheetBand[] } {
  const strokes: Ink[number][] = [];
  const bands: SheetBand[] = [];
  let top = 0;
  for (const ink of drawings) {
    const drawn = ink.filter((s) => s.length > 0);
    const bounds = inkBounds(drawn);
    const digit = estimateLineHeight(drawn.map((s) => inkBounds([s]))) || bounds.h || 1;
    const k = (height * rng.uniform(0.8, 1.2)) / digit;
    const left = rng.uniform(0, 0.6 * height);
    for (const s of drawn)
      strokes.push(
        s.map(([x, y, t]) => {
          const at = [(x - bounds.x) * k + left, (y - bounds.y) * k + top] as const;
          return t === undefined ? at : ([...at, t] as const);
        }),
      );
    bands.push({ top, bottom: top + bounds.h * k });
    top += bounds.h * k + rng.uniform(0.3, 0.8) * height;
  }
  return { strokes, bands };
}
