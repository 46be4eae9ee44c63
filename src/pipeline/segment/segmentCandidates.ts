import { digitBand, type LineBand } from '../geometry/digitBand.ts';
import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { raisedLevels } from '../geometry/raisedLevels.ts';
import { fractionBar } from '../geometry/fractionBar.ts';
import { holds } from '../geometry/holds.ts';
import { tickEnd } from '../geometry/tickEnd.ts';
import { extendsBar } from '../geometry/extendsBar.ts';
import { unionBox } from '../geometry/unionBox.ts';
import { ringBesideBar } from '../geometry/ringBesideBar.ts';
import {
  CAP_HEIGHT,
  CAP_TOP,
  DOT_SIZE,
  EDGE_MARGIN,
  FAR_GAP,
  HELD_FOOT,
  MAX_GAP,
  MAX_PARTS,
  MAX_WIDTH,
  MERGE_OVERLAP,
  STACK_OVERLAP,
  STACK_TOLERANCE,
  TICK_FOOT,
} from '../tuning.ts';
import type { InkBox } from '../types.ts';

export interface Span {
  /** Positions in `order` (inclusive from, exclusive to). */
  readonly from: number;
  readonly to: number;
  /**
   * How far, in line heights, the widest gap inside the span exceeds maxGap (absent when
   * none does): the caller charges for it, so a far join needs the classifier's conviction.
   */
  readonly overGap?: number;
  /** Whether a far join in it holds only because a ring stands beside a bar (ringBesideBar). */
  readonly ringJoin?: true;
  /** Whether it joins parts raised as an exponent to parts below them (raisedLevels). */
  readonly acrossLevels?: true;
  /** Whether one of its parts holds others under it, as a root's sign (holds). */
  readonly holding?: true;
}

export interface Candidates {
  /** Part indexes (strokes or components) in reading order. */
  readonly order: readonly number[];
  /** Every grouping the geometry allows; the classifier chooses among them. */
  readonly spans: readonly Span[];
  /** The line's symbol height, in ink units, that the gap rules were measured against. */
  readonly lineHeight: number;
  /** Where the line's digits stand (its exponents are also in `runs`). */
  readonly line: LineBand;
  /** Per position in `order`: 0 on its line, 1 in an exponent, 2 in an exponent's exponent. */
  readonly levelOf: readonly number[];
  /** Per position in `order`: the index of its exponent's run in `runs`, or -1 on the line. */
  readonly runOf: readonly number[];
  /** Where each exponent's run stands, measured as a line of its own. */
  readonly runs: readonly LineBand[];
}

export interface SegmentOptions {
  /** The most parts (strokes or components) one symbol may have: a fragmented `8`, a `÷`. */
  readonly maxParts?: number;
  /** A gap wider than this × line height separates two symbols, unless one caps the other. */
  readonly maxGap?: number;
  /**
   * A gap up to this × line height may still join two parts when the shorter one sits at
   * the top of the taller (capsTheOther); the span then carries its `overGap`.
   */
  readonly farGap?: number;
  /** Overlap (of the narrower part's width) above which two parts must be one symbol. */
  readonly mergeOverlap?: number;
  /** No symbol of three or more parts is wider than this × line height (see MAX_WIDTH). */
  readonly maxWidth?: number;
}

/**
 * Proposes how the parts of one line of writing (strokes, or connected components of a
 * bitmap; splitLines finds the lines) may group into symbols, left to right. Geometry
 * decides the clear cases: parts that overlap strongly in x or stand one above the other
 * (the bars of `=` and `+`, the dots of `÷`, the crossbar of `7`) cannot be split, and
 * parts far apart cannot be joined, unless a part read after them spans the gap. Everything
 * between is left as competing spans for the classifier's confidence to settle.
 */
export function segmentCandidates(
  boxes: readonly InkBox[],
  options: SegmentOptions = {},
  noDot: readonly boolean[] = [],
  crossings: readonly (readonly [number, number])[] = [],
  loops: readonly boolean[] = [],
): Candidates {
  const maxParts = options.maxParts ?? MAX_PARTS;
  const maxGap = options.maxGap ?? MAX_GAP;
  const farGap = Math.max(maxGap, options.farGap ?? FAR_GAP);
  const maxWidth = options.maxWidth ?? MAX_WIDTH;
  const mergeOverlap = options.mergeOverlap ?? MERGE_OVERLAP;
  // Read left to right. A part that holds others under it (a root's sign) is never one
  // symbol with them, and is read where it starts, before them; so is a fraction's bar,
  // read between its numerator and its denominator.
  const heldBy = new Map<number, Set<number>>();
  // A fraction's bar, numerator and denominator: never one symbol.
  const fractionApart = new Map<number, Set<number>>();
  const crossed = new Set(crossings.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));
  const all = boxes.map((_, i) => i);
  // A root's bar drawn on in a stroke of its own (extendsBar) is one symbol with its sign,
  // read right after it, and holds what stands under it: extension -> sign.
  const signOf = new Map<number, number>();
  for (const c of all) {
    // A loop is a `0` (a slash inside it is its own), never a root's sign.
    if (loops[c]) continue;
    // Strokes that cross are one symbol's (the strokes of a `*`): nothing holds them.
    const held = (sign: InkBox, skip: number) =>
      all.filter(
        (p) => p !== c && p !== skip && holds(sign, boxes[p]!, boxes) && !crossed.has(`${c} ${p}`),
      );
    const alone = held(boxes[c]!, c);
    if (alone.length === 0) continue;
    const e = all.find((q) => q !== c && !signOf.has(q) && extendsBar(boxes[c]!, boxes[q]!));
    const sign = e === undefined ? boxes[c]! : unionBox([boxes[c]!, boxes[e]!]);
    const contents = e === undefined ? alone : held(sign, e);
    // The marks among what it holds (the short bar of a `+`, the hat of a `5`) are held
    // with it: whatever stands right of its tick and over the foot of what it holds.
    const left = tickEnd(sign);
    const foot = Math.max(...contents.map((p) => boxes[p]!.y + boxes[p]!.h));
    // A mark at the foot of what it holds (a `1`'s base, a decimal point) is held too.
    const below = HELD_FOOT * sign.h;
    const marks = all.filter((q) => {
      const b = boxes[q]!;
      const [x, y] = [b.x + b.w / 2, b.y + b.h / 2];
      // A mark a little below that foot is held only if it ends within the sign.
      const low = y < foot || (y < foot + below && b.y + b.h <= sign.y + sign.h);
      return q !== c && q !== e && x > left && x < sign.x + sign.w && y > sign.y && low;
    });
    const holding = new Set([...contents, ...marks]);
    heldBy.set(c, holding);
    if (e === undefined) continue;
    heldBy.set(e, holding);
    signOf.set(e, c);
  }
  // Before a root's sign, only its tick (down by the sign's point) joins it: a `×` written
  // just before the sign stands higher.
  const beforeSign = new Map<number, Set<number>>();
  for (const c of heldBy.keys()) {
    if (signOf.has(c)) continue;
    const sign = boxes[c]!;
    const foot = sign.y + (1 - TICK_FOOT) * sign.h;
    const before = all.filter(
      (p) => !heldBy.has(p) && centreX(boxes[p]!) < sign.x && boxes[p]!.y + boxes[p]!.h < foot,
    );
    if (before.length > 0) beforeSign.set(c, new Set(before));
  }
  const key = (i: number): number => {
    const sign = signOf.get(i) ?? i;
    return heldBy.has(sign) ? boxes[sign]!.x : centreX(boxes[i]!);
  };
  const order = readingOrder(all, boxes, key, (bar, over, under) => {
    const add = (a: number, parts: readonly number[]): void => {
      fractionApart.set(a, new Set([...(fractionApart.get(a) ?? []), ...parts]));
    };
    add(bar, [...over, ...under]);
    for (const p of under) add(p, []);
    for (const p of over) add(p, under);
  });
  const apart = (a: number, b: number): boolean =>
    [heldBy, fractionApart, beforeSign].some(
      (m) => m.get(a)?.has(b) === true || m.get(b)?.has(a) === true,
    );
  // Exponents (raisedLevels): each raised run is measured as a line of its own. A
  // fraction's parts raise nothing: the `=` after `½` stands high beside its `2`.
  const levelOf = raisedLevels(
    order.map((i) => boxes[i]!),
    { notBases: order.map((i) => fractionApart.has(i)) },
  );
  const runOf: number[] = [];
  const runs: number[][] = [];
  order.forEach((part, j) => {
    const level = levelOf[j]!;
    if (level > 0 && level !== levelOf[j - 1]) runs.push([]);
    if (level > 0) runs[runs.length - 1]!.push(part);
    runOf.push(level > 0 ? runs.length - 1 : -1);
  });
  const lineHeight = estimateLineHeight(boxes);
  // A line of only flat parts (a long `-` cut into slices) has no height to measure width by.
  const upright = boxes.some((b) => b.h >= 0.5 * lineHeight);
  const n = order.length;

  // cutAllowed[c]: may a symbol boundary fall between order[c - 1] and order[c]?
  const cutAllowed: boolean[] = new Array<boolean>(n + 1).fill(true);
  for (let c = 1; c < n; c++) {
    if (signOf.get(order[c]!) === order[c - 1]) cutAllowed[c] = false;
    for (let a = Math.max(0, c - maxParts); a < c && cutAllowed[c]; a++) {
      for (let b = c; b < Math.min(n, c + maxParts); b++) {
        if (apart(order[a]!, order[b]!)) continue;
        const [pa, pb] = [boxes[order[a]!]!, boxes[order[b]!]!];
        const free = !noDot[order[a]!] && !noDot[order[b]!];
        if (mustJoin(pa, pb, mergeOverlap) && !(free && dotBesideDigit(pa, pb, lineHeight))) {
          cutAllowed[c] = false;
          break;
        }
      }
    }
  }

  const spans: Span[] = [];
  for (let from = 0; from < n; from++) {
    if (!cutAllowed[from]) continue;
    let right = -Infinity;
    let left = Infinity;
    let over = 0;
    let ring = false;
    // Gaps a part further on spans (the slash of a `%` read after both its rings), as
    // [left end, right end]: the grouping holds only once such a part has closed them.
    const open: (readonly [number, number])[] = [];
    const closes = (b: InkBox, [l, r]: readonly [number, number]): boolean =>
      b.x <= l + maxGap * lineHeight && b.x + b.w >= r;
    const last = Math.min(n, from + maxParts);
    for (let to = from + 1; to <= last; to++) {
      const box = boxes[order[to - 1]!]!;
      if (order.slice(from, to - 1).some((m) => apart(m, order[to - 1]!))) break;
      if (to > from + 1) {
        const gap = (box.x - right) / lineHeight;
        const prev = boxes[order[to - 2]!]!;
        let joins = gap <= farGap && (gap <= maxGap || capsTheOther(prev, box));
        if (!joins && gap <= farGap && ringBesideBar(prev, box)) joins = ring = true;
        if (joins) over = Math.max(over, gap - maxGap);
        else {
          const gapAt = [right, box.x] as const;
          if (!order.slice(to, last).some((q) => closes(boxes[q]!, gapAt))) break;
          open.push(gapAt);
        }
      }
      for (let k = open.length - 1; k >= 0; k--) if (closes(box, open[k]!)) open.splice(k, 1);
      right = Math.max(right, box.x + box.w);
      left = Math.min(left, box.x);
      if (upright && to - from >= 3 && right - left > maxWidth * lineHeight) break;
      if (open.length > 0) continue;
      if (cutAllowed[to] || to === n) {
        const levels = new Set(levelOf.slice(from, to));
        spans.push({
          from,
          to,
          ...(over > 0 ? { overGap: over } : {}),
          ...(ring ? { ringJoin: true as const } : {}),
          ...(levels.size > 1 ? { acrossLevels: true as const } : {}),
          ...(order.slice(from, to).some((p) => heldBy.has(p)) ? { holding: true as const } : {}),
        });
      }
    }
  }
  const band = (parts: readonly number[], height?: number): LineBand => {
    const b = parts.map((i) => boxes[i]!);
    return digitBand(b, height ?? estimateLineHeight(b));
  };
  const found = {
    order,
    lineHeight,
    line: band(all, lineHeight),
    levelOf,
    runOf,
    runs: runs.map((run) => band(run)),
  };
  // Forced joins longer than maxParts leave no span: fall back to one symbol per run.
  if (!coversAll(spans, n)) return { ...found, spans: forcedRuns(cutAllowed, n) };
  return { ...found, spans };
}

/**
 * A line's parts in reading order, by `key` (where each starts to be read), except that a
 * fraction (fractionBar) reads as one block where its bar starts: its numerator, its bar,
 * its denominator, each in reading order, fractions inside them too. The longest bar is
 * the main one; `onFraction` hears of each bar and the parts over and under it, which are
 * never one symbol with it or with each other.
 */
function readingOrder(
  parts: readonly number[],
  boxes: readonly InkBox[],
  key: (i: number) => number,
  onFraction: (bar: number, over: readonly number[], under: readonly number[]) => void,
): number[] {
  const inLine = parts.map((i) => boxes[i]!);
  const bars = parts
    .map((bar) => ({ bar, fraction: fractionBar(boxes[bar]!, inLine) }))
    .filter((f) => f.fraction !== null)
    .sort((a, b) => boxes[b.bar]!.w - boxes[a.bar]!.w);
  const main = bars[0];
  if (!main?.fraction)
    return [...parts].sort((a, b) => key(a) - key(b) || boxes[a]!.x - boxes[b]!.x || a - b);
  const over = main.fraction.over.map((k) => parts[k]!);
  const under = main.fraction.under.map((k) => parts[k]!);
  const retraced = main.fraction.retraced.map((k) => parts[k]!);
  for (const bar of [main.bar, ...retraced]) onFraction(bar, over, under);
  const block = [
    ...readingOrder(over, boxes, key, onFraction),
    main.bar,
    ...retraced,
    ...readingOrder(under, boxes, key, onFraction),
  ];
  const inBlock = new Set([main.bar, ...over, ...under, ...retraced]);
  const rest = parts.filter((p) => !inBlock.has(p));
  // The block stands where its bar starts among the rest, which may hold other fractions.
  const others = readingOrder(rest, boxes, key, onFraction);
  const at = others.findIndex((p) => key(p) > boxes[main.bar]!.x);
  return at < 0 ? [...others, ...block] : [...others.slice(0, at), ...block, ...others.slice(at)];
}

/**
 * A dot-sized part beside a digit-tall one (a decimal point tucked under a `3`) may stand
 * alone: unless it is attached to a larger part (attachedMarks), it is left to the scoring
 * stage, which charges the join (dot-join), instead of being glued to the digit here.
 */
function dotBesideDigit(a: InkBox, b: InkBox, height: number): boolean {
  const [small, tall] = Math.max(a.w, a.h) <= Math.max(b.w, b.h) ? [a, b] : [b, a];
  return Math.max(small.w, small.h) < DOT_SIZE * height && tall.h >= 0.5 * height;
}

/** One part lies above the other (overlapping in height by at most STACK_TOLERANCE of the taller). */
function stacked(a: InkBox, b: InkBox): boolean {
  const tol = STACK_TOLERANCE * Math.max(a.h, b.h);
  const above = (u: InkBox, v: InkBox): boolean => u.y + u.h <= v.y + tol && u.y + u.h / 2 < v.y;
  return above(a, b) || above(b, a);
}

/**
 * Whether the shorter part sits at the top of the taller one, as the `∟` of an open `4`
 * beside its stem or a `5`'s hat beside its body do, and no operator beside a digit does
 * (`-`, `+`, `×` stand at mid-height): the model reads such a `4` whole once segmentation
 * offers it.
 */
function capsTheOther(a: InkBox, b: InkBox): boolean {
  const [short, tall] = a.h <= b.h ? [a, b] : [b, a];
  return short.h <= CAP_HEIGHT * tall.h && short.y + short.h / 2 <= tall.y + CAP_TOP * tall.h;
}

function centreX(b: InkBox): number {
  return b.x + b.w / 2;
}

/** Strong x-overlap: the narrower part lies mostly within the wider one's extent. */
function mustJoin(a: InkBox, b: InkBox, mergeOverlap: number): boolean {
  const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  // On one line nothing stands above anything else except the parts of one symbol: the
  // bars of `=`, the dots of `÷`, the halves of a `)` written in two strokes.
  if (stacked(a, b)) {
    const narrow = Math.min(a.w, b.w);
    // A dot (no width) must stand within the other's extent.
    if (narrow > 0 ? overlap >= STACK_OVERLAP * narrow : overlap >= 0) return true;
  }
  const narrower = Math.min(a.w, b.w);
  if (narrower <= 0) {
    // A vertical line (or dot): joined when it stands inside the other's extent.
    const thin = a.w <= b.w ? a : b;
    const wide = thin === a ? b : a;
    return wide.w > 0 && centreInside(thin, wide);
  }
  return overlap / narrower >= mergeOverlap && centreInside(a.w <= b.w ? a : b, a.w <= b.w ? b : a);
}

/**
 * The thin part stands well inside the wide one, not at its edge: a `1` whose foot the
 * next digit's corner reaches under must still be free to stand alone.
 */
function centreInside(thin: InkBox, wide: InkBox): boolean {
  const c = centreX(thin);
  const margin = EDGE_MARGIN * wide.w;
  return c > wide.x + margin && c < wide.x + wide.w - margin;
}

function coversAll(spans: readonly Span[], n: number): boolean {
  const reach = new Array<boolean>(n + 1).fill(false);
  reach[0] = true;
  for (const s of [...spans].sort((a, b) => a.from - b.from)) if (reach[s.from]) reach[s.to] = true;
  return reach[n] === true;
}

function forcedRuns(cutAllowed: readonly boolean[], n: number): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let c = 1; c <= n; c++) {
    if (c === n || cutAllowed[c]) {
      spans.push({ from, to: c });
      from = c;
    }
  }
  return spans;
}
