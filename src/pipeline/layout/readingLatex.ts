import { readingGroups } from '../math/readingGroups.ts';
import type { Place } from '../types.ts';
import { bareRootEnd } from './bareRootEnd.ts';

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
  '√': '\\sqrt',
};

/**
 * The reading as LaTeX, as written (`96/8` stays `96/8`), with its structure: an exponent
 * is `^{...}`, a radicand `\sqrt{...}` (what stands under the bar, or for a `√` with no bar
 * the number after it), a fraction `\frac{...}{...}`. For a client to typeset the reading;
 * the answer comes from `text`.
 */
export function readingLatex(symbols: readonly Placed[]): string {
  let latex = '';
  // Groups open, innermost last: an exponent, or a group with the index it ends at.
  const open: (number | 'exponent')[] = [];
  const depth = (): number => open.filter((g) => g === 'exponent').length;
  const { ends, fractions } = readingGroups(symbols);
  symbols.forEach((s, i) => {
    const level = s.place?.level ?? 0;
    while (depth() > level) {
      open.pop();
      latex += '}';
    }
    while (depth() < level) {
      open.push('exponent');
      latex += '^{';
    }
    // A fraction is \frac{numerator}{denominator}; its bar is the `}{` between them.
    for (const f of fractions) {
      if (f.over[0] === i) {
        latex += '\\frac{';
        open.push(f.over[1]);
      }
    }
    const bar = fractions.find((f) => f.bar === i);
    if (bar) {
      latex += '{';
      open.push(bar.under[1]);
      return;
    }
    latex += LATEX[s.symbol] ?? s.symbol;
    if (s.symbol === '√') {
      latex += '{';
      open.push(ends.get(i) ?? bareRootEnd(symbols, i));
    }
    while (open.some((g) => g === i)) {
      open.pop();
      latex += '}';
    }
  });
  return (latex + '}'.repeat(open.length)).replace(/ +(?=[}^]|$)/g, '');
}
