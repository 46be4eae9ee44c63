import { linearText } from '../math/linearText.ts';
import { solve, type Solution } from '../math/solve.ts';
import type { OtherReading, Place } from '../types.ts';
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
  /** That other reading, when the layout is doubtful. */
  readonly otherLayout?: OtherReading;
}

export interface ReadingOptions {
  /**
   * Which structure to read when the layout is doubtful: the one the writing stands
   * nearer (the default), or the other one, which the user chose instead.
   */
  readonly layout?: 'first' | 'other';
}

/**
 * Symbols in reading order, as recognised or as corrected, to their structure (layout),
 * their text and LaTeX, and the answer: the one path from symbols to an answer, so that a
 * correction re-reads the layout and the calculation as recognition does. With `layout:
 * 'other'` a doubtful layout is read the other way, and the first way becomes the other.
 */
export function solveReading<S extends Laid>(
  symbols: readonly S[],
  options: ReadingOptions = {},
): SolvedReading<S> {
  const layout = layoutSymbols(symbols);
  const swap = options.layout === 'other' && layout.other !== undefined;
  const places = swap ? layout.other! : layout.places;
  const other = swap ? layout.places : layout.other;
  const placed = withPlaces(symbols, places);
  const written = linearText(placed, true);
  const reading = {
    ...solve(written.text, written.origins),
    symbols: placed,
    text: linearText(placed).text,
    latex: readingLatex(placed),
    layoutDoubtful: layout.doubtful,
  };
  if (!other) return reading;
  const alt = withPlaces(symbols, other);
  const altWritten = linearText(alt, true);
  const { value, approx } = solve(altWritten.text, altWritten.origins);
  return {
    ...reading,
    otherLayout: { text: linearText(alt).text, latex: readingLatex(alt), value, approx },
  };
}

function withPlaces<S extends Laid>(
  symbols: readonly S[],
  places: readonly (Place | undefined)[],
): S[] {
  return symbols.map((s, i): S => {
    const place = places[i];
    if (place) return { ...s, place };
    if (s.place === undefined) return s;
    // A symbol lowered onto the line (a correction changed its base) loses its old place.
    return Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'place')) as S;
  });
}
