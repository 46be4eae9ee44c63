import { layoutSymbols } from '../pipeline/layout/layoutSymbols.ts';
import type { Place } from '../pipeline/types.ts';

interface Laid {
  readonly symbol: string;
  readonly box: readonly [number, number, number, number];
}

/**
 * The indexes of the symbols a doubtful layout is in doubt about: those whose place differs
 * between its two structures, and what each stands on in either. The user's choice of the
 * other structure is kept under their strokes, which the next stroke leaves as they are;
 * none when the layout is not doubtful.
 */
export function doubtedSymbols(symbols: readonly Laid[]): number[] {
  const { places, other } = layoutSymbols(symbols);
  if (!other) return [];
  const doubted = new Set<number>();
  places.forEach((place, i) => {
    const otherwise = other[i];
    if (samePlace(place, otherwise)) return;
    doubted.add(i);
    for (const p of [place, otherwise]) if (p) doubted.add(p.base);
  });
  return [...doubted].sort((a, b) => a - b);
}

function samePlace(a: Place | undefined, b: Place | undefined): boolean {
  return a?.role === b?.role && a?.level === b?.level && a?.base === b?.base;
}
