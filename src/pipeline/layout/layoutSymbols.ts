import { raisedLevels } from '../geometry/raisedLevels.ts';
import { LAYOUT_SLACK, MAX_EXPONENT_LEVELS, MAX_EXPONENT_SYMBOLS } from '../tuning.ts';
import { fractionBar } from '../geometry/fractionBar.ts';
import { inkBox, type InkBox, type Place } from '../types.ts';

export interface Layout {
  /** Per symbol, its place in the structure; undefined on the line. */
  readonly places: readonly (Place | undefined)[];
  /** The structure would read otherwise if the writing stood a little otherwise. */
  readonly doubtful: boolean;
  /** That other structure, when doubtful (`23` for `2³`, or `2³` for `23`). */
  readonly other?: readonly (Place | undefined)[];
}

interface Laid {
  readonly symbol: string;
  readonly box: readonly [number, number, number, number];
}

/** What an exponent may raise: a number (its last digit) or a bracket's group. */
const BASES = new Set([...'0123456789', ')']);
/** What an exponent may start with: a number, its sign, a bracket. */
const STARTS = new Set([...'0123456789', '-', '(', '.']);
const DIGITS = /^[0-9]$/;

/**
 * The structure of a reading from its symbols and their boxes, in reading order: which
 * runs are raised as exponents (raisedLevels) and what each raises, which stand under a
 * `√`'s bar, and which over and under a fraction's bar. A run raises the symbol before it
 * only when that is a digit or a `)`, and the run is a short number (with its sign, in
 * brackets, or a sum) holding a digit and no `=`; otherwise it is read on the line: a `×`
 * written high is still a `×`, and a long number drifting up is one number. The layout is
 * doubtful when loosening or tightening the exponent's limits by LAYOUT_SLACK reads it
 * otherwise (`23` against `2³`).
 */
export function layoutSymbols(symbols: readonly Laid[]): Layout {
  const boxes = symbols.map((s) => inkBox(...s.box));
  const bases = symbols.map((s) => BASES.has(s.symbol));
  const levelsAt = (slack: number): number[] =>
    acceptRuns(symbols, raisedLevels(boxes, { slack, bases }));
  const levels = levelsAt(0);
  const other = [LAYOUT_SLACK, -LAYOUT_SLACK]
    .map(levelsAt)
    .find((o) => o.some((l, i) => l !== levels[i]));
  const under = groups(symbols, boxes);
  const places = placesOf(levels, under);
  return other
    ? { places, doubtful: true, other: placesOf(other, under) }
    : { places, doubtful: false };
}

/**
 * Lowers every raised run whose base or content cannot be an exponent's, outermost first;
 * a lowered run's own exponents are then judged again at their new level.
 */
function acceptRuns(symbols: readonly Laid[], raised: readonly number[]): number[] {
  const levels = [...raised];
  for (let level = 1; level <= MAX_EXPONENT_LEVELS; level++) {
    for (let i = 0; i < levels.length; i++) {
      if (levels[i]! < level || (i > 0 && levels[i - 1]! >= level)) continue;
      let end = i;
      while (end < levels.length && levels[end]! >= level) end++;
      const base = symbols[i - 1]?.symbol;
      const run = symbols.slice(i, end);
      const ok =
        base !== undefined &&
        BASES.has(base) &&
        STARTS.has(run[0]!.symbol) &&
        run.length <= MAX_EXPONENT_SYMBOLS &&
        run.some((s) => DIGITS.test(s.symbol)) &&
        run.every((s) => s.symbol !== '=');
      if (!ok) {
        for (let k = i; k < end; k++) levels[k]!--;
        level = 0;
        break;
      }
      i = end - 1;
    }
  }
  return levels;
}

/**
 * Per symbol, the index of the `√` whose bar it stands under, or -1: the run right after a
 * `√` with its middle under the bar (to the left of the sign's right end, below its top).
 * A `√` with little or no bar holds nothing here; the parser gives it the number after it.
 */
function radicands(symbols: readonly Laid[]): number[] {
  const under = symbols.map(() => -1);
  symbols.forEach((s, r) => {
    if (s.symbol !== '√') return;
    const [x, y, w] = s.box;
    for (let k = r + 1; k < symbols.length; k++) {
      const [bx, by, bw, bh] = symbols[k]!.box;
      if (bx + bw / 2 >= x + w || by + bh / 2 <= y) break;
      // A later `√` under this one takes its own radicand (processed after, it overrides).
      under[k] = r;
    }
  });
  return under;
}

interface Group {
  readonly role: 'radicand' | 'numerator' | 'denominator';
  readonly base: number;
}

/**
 * Per symbol, the group it stands in on the line, innermost: under a `√`'s bar (radicands),
 * or over or under a fraction's bar (fractionBar on the symbols' boxes; the longest bar
 * first, so that a bar inside a numerator makes its own fraction there).
 */
function groups(symbols: readonly Laid[], boxes: readonly InkBox[]): (Group | undefined)[] {
  const group: (Group | undefined)[] = radicands(symbols).map((r) =>
    r >= 0 ? { role: 'radicand', base: r } : undefined,
  );
  const bars = symbols
    .map((s, i) => ({ i, fraction: s.symbol === '-' ? fractionBar(boxes[i]!, boxes) : null }))
    .filter((b) => b.fraction !== null)
    .sort((a, b) => boxes[b.i]!.w - boxes[a.i]!.w);
  // The numerator is the run read just before the bar that stands over it, the denominator
  // the run just after it that stands under it (segmentation reads a fraction so).
  for (const { i } of bars) {
    const bar = boxes[i]!;
    const along = (b: InkBox): boolean =>
      b.x + b.w / 2 > bar.x - 0.1 * bar.w && b.x + b.w / 2 < bar.x + 1.1 * bar.w;
    const middle = bar.y + bar.h / 2;
    // A bar inside a numerator takes its runs from that numerator only.
    const outer = group[i];
    const same = (g: Group | undefined): boolean =>
      g?.role === outer?.role && g?.base === outer?.base;
    const mine = (k: number): boolean => same(group[k]) && along(boxes[k]!);
    const over: number[] = [];
    const under: number[] = [];
    for (let k = i - 1; k >= 0 && mine(k) && centreY(boxes[k]!) < middle; k--) over.push(k);
    for (let k = i + 1; k < boxes.length && mine(k) && centreY(boxes[k]!) > middle; k++) {
      under.push(k);
    }
    for (const k of over) group[k] = { role: 'numerator', base: i };
    for (const k of under) group[k] = { role: 'denominator', base: i };
  }
  return group;
}

function centreY(b: InkBox): number {
  return b.y + b.h / 2;
}

function placesOf(
  levels: readonly number[],
  under: readonly (Group | undefined)[],
): (Place | undefined)[] {
  return levels.map((level, i) => {
    const g = under[i];
    if (level === 0) return g ? { role: g.role, level: 0, base: g.base } : undefined;
    let start = i;
    while (start > 0 && levels[start - 1]! >= level) start--;
    return { role: 'exponent', level, base: start - 1 };
  });
}
