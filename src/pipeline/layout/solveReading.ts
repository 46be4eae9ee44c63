import { linearText } from '../math/linearText.ts';
import { solve, type Solution } from '../math/solve.ts';
import type { Place } from '../types.ts';
import { layoutSymbols } from './layoutSymbols.ts';
import { readingLatex } from './readingLatex.ts';

interface Laid {
  readonly symbol: string;
  readonly box: readonly [number, number, number, number];
  readonly place?: Place;
}

export interface SolvedReading<S> extends Solution {
  /** The symbols, each with its place in the structure (none on the line). */
  readonly symbols: readonly S[];
  /** The reading on one line, with canonical operators (linearText). */
  readonly text: string;
  readonly latex: string;
  /** The structure would read otherwise if the writing stood a little otherwise. */
  readonly layoutDoubtful: boolean;
}

/**
 * Symbols in reading order, as recognised or as corrected, to their structure (layout),
 * their text and LaTeX, and the answer: the one path from symbols to an answer, so that a
 * correction re-reads the layout and the calculation as recognition does.
 */
export function solveReading<S extends Laid>(symbols: readonly S[]): SolvedReading<S> {
  const { places, doubtful } = layoutSymbols(symbols);
  const placed = symbols.map((s, i): S => {
    const place = places[i];
    if (place) return { ...s, place };
    if (s.place === undefined) return s;
    // A symbol lowered onto the line (a correction changed its base) loses its old place.
    return Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'place')) as S;
  });
  const written = linearText(placed, true);
  return {
    ...solve(written.text, written.origins),
    symbols: placed,
    text: linearText(placed).text,
    latex: readingLatex(placed),
    layoutDoubtful: doubtful,
  };
}
