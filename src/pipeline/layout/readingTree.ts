import { readingGroups } from '../math/readingGroups.ts';
import type { Place } from '../types.ts';
import { bareRootEnd } from './bareRootEnd.ts';

interface Placed {
  readonly symbol: string;
  readonly place?: Place | undefined;
}

/** A reading's structure in two dimensions; each leaf is a symbol, by its index. */
export type ReadingNode =
  | { readonly kind: 'symbol'; readonly index: number }
  | { readonly kind: 'row'; readonly children: readonly ReadingNode[] }
  /** An exponent raised on what stands before it (a digit, a bracket). */
  | { readonly kind: 'power'; readonly base: ReadingNode; readonly exponent: ReadingNode }
  | { readonly kind: 'root'; readonly sign: number; readonly radicand: ReadingNode }
  | {
      readonly kind: 'fraction';
      readonly bar: number;
      readonly numerator: ReadingNode;
      readonly denominator: ReadingNode;
    };

/**
 * The reading as a tree to typeset, from the same places and groups (readingGroups) as its
 * text and LaTeX: an exponent raised on the symbol before it, a radicand under its `√` (the
 * number after a `√` with no bar, as readingLatex reads it), a numerator over its bar over
 * its denominator. Read in order, its leaves are every symbol once, in reading order, so a
 * page can set each symbol's own button in its place.
 */
export function readingTree(symbols: readonly Placed[]): ReadingNode {
  const { ends, fractions } = readingGroups(symbols);
  const level = (i: number): number => symbols[i]!.place?.level ?? 0;
  const row = (from: number, to: number, depth: number): ReadingNode => {
    const children: ReadingNode[] = [];
    let i = from;
    while (i <= to) {
      if (level(i) > depth) {
        let end = i;
        while (end < to && level(end + 1) > depth) end++;
        const base = children.pop() ?? { kind: 'row', children: [] };
        children.push({ kind: 'power', base, exponent: row(i, end, depth + 1) });
        i = end + 1;
        continue;
      }
      // The outermost fraction starting here that this row holds whole.
      const f = fractions.find(
        (f) => f.over[0] === i && f.under[0] <= f.under[1] && f.under[1] <= to,
      );
      if (f) {
        children.push({
          kind: 'fraction',
          bar: f.bar,
          numerator: row(f.over[0], f.over[1], depth),
          denominator: row(f.under[0], f.under[1], depth),
        });
        i = f.under[1] + 1;
        continue;
      }
      if (symbols[i]!.symbol === '√') {
        const end = Math.max(i, Math.min(ends.get(i) ?? bareRootEnd(symbols, i), to));
        children.push({ kind: 'root', sign: i, radicand: row(i + 1, end, depth) });
        i = end + 1;
        continue;
      }
      children.push({ kind: 'symbol', index: i });
      i++;
    }
    return { kind: 'row', children };
  };
  return row(0, symbols.length - 1, 0);
}
