import { resultError } from './errors.ts';
import type { LineReading, Recognition } from './types.ts';

/** The drawing's reading, its symbols and lines of the same kind as the lines joined. */
export interface Joined<L extends LineReading> extends Recognition {
  readonly symbols: readonly L['symbols'][number][];
  readonly lines: readonly L[];
}

/**
 * The drawing's reading from its lines' readings, top to bottom. One line is the whole
 * answer, field for field. Several lines each answer on their own: the top level joins
 * their texts by newlines and their LaTeX by `\\`, lists every line's symbols in turn (a
 * place's `base` then counts in that list), is unsure when any line is (with every line's
 * doubts, each once), and has no value.
 */
export function joinLines<L extends LineReading>(lines: readonly L[]): Joined<L> {
  if (lines.length === 0) {
    return {
      text: '',
      latex: '',
      value: null,
      approx: null,
      check: null,
      symbols: [],
      error: null,
      unsure: false,
      doubts: [],
      lines: [],
    };
  }
  const [only] = lines;
  // The API's JSON keeps its keys in this order.
  if (lines.length === 1 && only) {
    return {
      text: only.text,
      latex: only.latex,
      value: only.value,
      approx: only.approx,
      check: only.check,
      symbols: only.symbols,
      error: only.error,
      unsure: only.unsure,
      doubts: only.doubts,
      ...(only.otherLayout ? { otherLayout: only.otherLayout } : {}),
      lines,
    };
  }
  let offset = 0;
  const symbols = lines.flatMap((line) => {
    const shifted = line.symbols.map((s): L['symbols'][number] =>
      s.place ? { ...s, place: { ...s.place, base: s.place.base + offset } } : s,
    );
    offset += line.symbols.length;
    return shifted;
  });
  return {
    text: lines.map((l) => l.text).join('\n'),
    latex: lines.map((l) => l.latex).join(' \\\\ '),
    value: null,
    approx: null,
    check: null,
    symbols,
    error: resultError(
      'several-lines',
      `The writing has ${lines.length} lines; each line's answer is in its own entry of \`lines\`.`,
    ),
    unsure: lines.some((l) => l.unsure),
    doubts: [...new Set(lines.flatMap((l) => l.doubts))],
    lines,
  };
}
