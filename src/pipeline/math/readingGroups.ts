import type { Place } from '../types.ts';

interface Placed {
  readonly symbol: string;
  readonly place?: Place | undefined;
}

export interface ReadingGroups {
  /** Per `√` or fraction bar, the index of the last symbol of the group after it. */
  readonly ends: ReadonlyMap<number, number>;
  /** Outer ones before the fractions inside them. */
  readonly fractions: readonly Fraction[];
}

/**
 * The groups of a reading that its places imply, as spans of symbol indexes: what stands
 * under each `√`'s bar, and each fraction's numerator and denominator, for the linear text
 * and the LaTeX to bracket alike.
 */
export function readingGroups(symbols: readonly Placed[]): ReadingGroups {
  const ends = groupEnds(symbols);
  // Outer fractions first: where two start at one symbol, the outer one opens first.
  const fractions = fractionsOf(symbols, ends).sort(
    (a, b) => a.over[0] - b.over[0] || b.under[1] - a.under[1],
  );
  return { ends, fractions };
}

/**
 * Per symbol that holds a group after it (a `√` its radicand, a fraction's bar its
 * denominator), the index of the group's last symbol: its last member, any exponent raised
 * after it, and any group inside it.
 */
function groupEnds(symbols: readonly Placed[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (let r = symbols.length - 1; r >= 0; r--) {
    let end = -1;
    symbols.forEach((s, k) => {
      const role = s.place?.role;
      if ((role === 'radicand' || role === 'denominator') && s.place!.base === r) {
        end = Math.max(end, ends.get(k) ?? k);
      }
    });
    if (end < 0) continue;
    const level = symbols[r]!.place?.level ?? 0;
    while (end + 1 < symbols.length && (symbols[end + 1]!.place?.level ?? 0) > level) end++;
    ends.set(r, end);
  }
  return ends;
}

export interface Fraction {
  readonly bar: number;
  /** First and last symbol of the numerator and of the denominator. */
  readonly over: readonly [number, number];
  readonly under: readonly [number, number];
}

/** The fractions of a reading: a bar read between its numerator and its denominator. */
function fractionsOf(symbols: readonly Placed[], ends: ReadonlyMap<number, number>): Fraction[] {
  const out: Fraction[] = [];
  // Where each bar's numerator starts, a fraction inside it included (those come first).
  const starts = new Map<number, number>();
  symbols.forEach((_, bar) => {
    let first = -1;
    symbols.forEach((s, k) => {
      if (s.place?.role === 'numerator' && s.place.base === bar) {
        const start = starts.get(k) ?? k;
        first = first < 0 ? start : Math.min(first, start);
      }
    });
    const end = ends.get(bar);
    if (first < 0 || first >= bar || end === undefined) return;
    starts.set(bar, first);
    out.push({ bar, over: [first, bar - 1], under: [bar + 1, end] });
  });
  return out;
}
