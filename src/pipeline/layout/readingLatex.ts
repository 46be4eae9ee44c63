import { readingGroups } from '../math/readingGroups.ts';
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
  '√': '\\sqrt',
};

/**
 * The reading as LaTeX, as written (`96/8` stays `96/8`), with its structure: an exponent
 * is `^{...}`, a radicand `\sqrt{...}` (what stands under the bar, or for a `√` with no bar
 * the number after it), a fraction `\frac{...}{...}`. For a client to typeset the reading; the answer comes from `text`.
 */
export function readingLatex(symbols: readonly Placed[]): string {
  let latex = '';
  // Groups open, innermost last: an exponent, or a radicand with the index it ends at.
  const open: (number | 'exponent')[] = [];
  const depth = (): number => open.filter((g) => g === 'exponent').length;
  const ends = radicandEnds(symbols);
  const { fractions } = readingGroups(symbols);
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
      open.push(ends[i] ?? i);
    }
    while (open.some((g) => g === i)) {
      open.pop();
      latex += '}';
    }
  });
  return (latex + '}'.repeat(open.length)).replace(/ +(?=[}^]|$)/g, '');
}

/**
 * Per `√`, the index its radicand ends at: the last symbol under its bar (and any exponent
 * after it), or with no bar the number right after it; the `√` itself when there is none.
 */
function radicandEnds(symbols: readonly Placed[]): (number | undefined)[] {
  const ends: (number | undefined)[] = symbols.map(() => undefined);
  for (let r = symbols.length - 1; r >= 0; r--) {
    if (symbols[r]!.symbol !== '√') continue;
    const level = symbols[r]!.place?.level ?? 0;
    let end = r;
    symbols.forEach((s, k) => {
      if (s.place?.role === 'radicand' && s.place.base === r) end = Math.max(end, ends[k] ?? k);
    });
    if (end === r) while (/^[0-9.]$/.test(symbols[end + 1]?.symbol ?? '')) end++;
    while (end > r && end + 1 < symbols.length && (symbols[end + 1]!.place?.level ?? 0) > level) {
      end++;
    }
    ends[r] = end;
  }
  return ends;
}
