import {
  BASE_MIN,
  EXPONENT_CENTRE,
  EXPONENT_FOOT,
  EXPONENT_LIFT,
  EXPONENT_SIZE,
  MAX_EXPONENT_LEVELS,
} from '../tuning.ts';
import { inkBox, type InkBox } from '../types.ts';
import { ringBesideBar } from './ringBesideBar.ts';

/** A box at least this many times as wide as it is tall is a bar (`-`), not a digit. */
const FLAT = 2;
/** A box smaller than this share of its base's height each way is a dot. */
const DOT = 0.25;
/** Boxes overlapping in x by more than this share of the narrower one's width touch. */
const OVERLAP = 0.2;
/** An exponent may start over its base's right end by this share of the base's height. */
const OVER_BASE = 0.1;
/** A gap narrower than this share of the taller box's height is no gap: the boxes touch. */
const TOUCH = 0.05;

export interface RaisedOptions {
  /**
   * Which boxes may be a base, when known (symbols: a digit or a `)`); by default any box
   * as tall as BASE_MIN of the tallest around it (parts, whose labels are not known yet).
   */
  readonly bases?: readonly boolean[];
  /**
   * Parts that are no base whatever their size (the numerator and denominator of a
   * fraction, beside which the line's next symbol stands high); parts only.
   */
  readonly notBases?: readonly boolean[];
  /**
   * Loosens (above 0) or tightens (below 0) the exponent's limits by this share, to ask
   * whether a reading would change if the writing stood a little otherwise.
   */
  readonly slack?: number;
}

/**
 * How far each box of one line, in reading order, stands raised as an exponent: 0 on the
 * line, 1 in an exponent, 2 in an exponent's exponent. A run of boxes is raised when it
 * starts to the right of a base (a box as tall as the ink around it, with the parts it
 * touches on its left: the pieces of a digit a picture's cut left) and each box is
 * smaller than the base with its middle and its foot high against it, though not far above
 * it (`2³`, `10⁻²`; the upper dot of a `:` stands clear above the lower); a
 * run ends at the first box back on the line. Inside a run the same rule finds the next
 * level. Used on parts, so that segmentation does not join an exponent to its base, where
 * a run may also be a piece of a symbol beside it (pieceOfSymbol: the upper dot of `÷`,
 * the upper bar of `=`, the first circle of a `%`); and on symbols, to read the structure.
 */
export function raisedLevels(boxes: readonly InkBox[], options: RaisedOptions = {}): number[] {
  const index = boxes.map((_, k) => k);
  return levelsFrom(boxes, index, 1 + (options.slack ?? 0), options.bases, 0, options.notBases);
}

function levelsFrom(
  boxes: readonly InkBox[],
  index: readonly number[],
  scale: number,
  bases: readonly boolean[] | undefined,
  level: number,
  notBases?: readonly boolean[],
): number[] {
  const levels = new Array<number>(boxes.length).fill(level);
  if (level >= MAX_EXPONENT_LEVELS) return levels;
  const tallest = Math.max(0, ...boxes.map((b) => b.h));
  let base: InkBox | undefined;
  let run: number[] = [];
  const close = (next: InkBox | undefined): void => {
    if (run.length === 0) return;
    const members = run.map((k) => boxes[k]!);
    // Symbols are whole; parts may be pieces of a symbol beside the run.
    if (bases !== undefined || !pieceOfSymbol(members, boxes[run[0]! - 1], next, base)) {
      const inner = run.map((k) => index[k]!);
      levelsFrom(members, inner, scale, bases, level + 1, notBases).forEach(
        (l, j) => (levels[run[j]!] = l),
      );
    }
    run = [];
  };
  boxes.forEach((b, k) => {
    if (base && (run.length > 0 ? isRaised(b, base, scale) : startsRaised(b, base, scale))) {
      run.push(k);
      return;
    }
    close(b);
    if (bases) base = bases[index[k]!] ? b : undefined;
    else if (notBases?.[index[k]!]) base = undefined;
    else if (b.h >= BASE_MIN * tallest) base = base && touches(base, b) ? union(base, b) : b;
  });
  close(undefined);
  return levels;
}

function isRaised(b: InkBox, base: InkBox, scale: number): boolean {
  return (
    b.y + b.h >= base.y - EXPONENT_LIFT * scale * base.h &&
    b.y + b.h / 2 <= base.y + EXPONENT_CENTRE * scale * base.h &&
    b.y + b.h <= base.y + EXPONENT_FOOT * scale * base.h &&
    b.h <= EXPONENT_SIZE * scale * base.h
  );
}

/**
 * The first box of an exponent also stands to the right of its base, hardly over it (the
 * hat of a `5` stands over its body).
 */
function startsRaised(b: InkBox, base: InkBox, scale: number): boolean {
  const over = Math.min(b.x + b.w, base.x + base.w) - Math.max(b.x, base.x);
  const hardly = !overlapsX(b, base) || over <= OVER_BASE * base.h;
  return b.x + b.w / 2 > base.x + base.w && hardly && isRaised(b, base, scale);
}

/**
 * Whether a raised run of parts is a piece of a symbol rather than an exponent: a lone bar
 * is a sign with nothing to sign (the hat of a `5` off to the right), a lone dot a mark
 * (the upper dot of a `:` written askew), and a run that the part before it overlaps or
 * that belongs with the part after it (partOf) is that symbol's.
 */
function pieceOfSymbol(
  members: readonly InkBox[],
  before: InkBox | undefined,
  next: InkBox | undefined,
  base: InkBox | undefined,
): boolean {
  const lone = members.length === 1 ? members[0]! : undefined;
  if (lone !== undefined && lone.w >= FLAT * lone.h) return true;
  if (lone !== undefined && base !== undefined && Math.max(lone.w, lone.h) < DOT * base.h) {
    return true;
  }
  if (before !== base && before !== undefined && overlapsAny(members, before)) return true;
  return partOf(members, next);
}

/**
 * Whether a raised run belongs to the symbol of the box after it: overlapped by it (the
 * other bar of `=`, dot of `÷`), reached by a taller stroke that starts where it ends, or
 * a `%`'s circle beside its bar.
 */
function partOf(members: readonly InkBox[], other: InkBox | undefined): boolean {
  if (other === undefined) return false;
  if (overlapsAny(members, other)) return true;
  // The bar of a `%` beside its small first circle, the body of a `7` beside its serif.
  const right = Math.max(...members.map((b) => b.x + b.w));
  const tallest = Math.max(...members.map((b) => b.h));
  if (other.h > tallest && other.x - right <= TOUCH * other.h) return true;
  return members.length === 1 && other.h > members[0]!.h && ringBesideBar(members[0]!, other);
}

/** Parts side by side with no gap between them: pieces of one digit cut where they join. */
function touches(a: InkBox, b: InkBox): boolean {
  return b.x - (a.x + a.w) <= TOUCH * Math.max(a.h, b.h);
}

function union(a: InkBox, b: InkBox): InkBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return inkBox(x, y, Math.max(a.x + a.w, b.x + b.w) - x, Math.max(a.y + a.h, b.y + b.h) - y);
}

function overlapsAny(members: readonly InkBox[], other: InkBox): boolean {
  return members.some((b) => overlapsX(b, other));
}

/** Whether two boxes overlap in x by more than OVERLAP of the narrower one's width. */
function overlapsX(a: InkBox, b: InkBox): boolean {
  const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return overlap > OVERLAP * Math.min(a.w, b.w);
}
