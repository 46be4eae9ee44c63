import type { Place } from '../types.ts';

interface Placed {
  readonly symbol: string;
  readonly place?: Place | undefined;
}

/** How each written glyph reads in LaTeX; digits, `+ - = ( ) . / : ?` stand for themselves. */
const LATEX: Readonly<Record<string, string>> = {
  '×': '\\times ',
  '÷': '\\div ',
  '*': '\\ast ',
  '·': '\\cdot ',
  '%': '\\%',
};

/**
 * The reading as LaTeX, as written (`96/8` stays `96/8`), with its structure: an exponent
 * is `^{...}`. For a client to typeset the reading; the answer comes from `text`.
 */
export function readingLatex(symbols: readonly Placed[]): string {
  let latex = '';
  let level = 0;
  for (const s of symbols) {
    const l = s.place?.level ?? 0;
    for (; level > l; level--) latex += '}';
    for (; level < l; level++) latex += '^{';
    latex += LATEX[s.symbol] ?? s.symbol;
  }
  return (latex + '}'.repeat(level)).replace(/ +(?=[}^]|$)/g, '');
}
