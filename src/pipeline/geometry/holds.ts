import type { InkBox } from '../types.ts';
import { tickEnd } from './tickEnd.ts';

/**
 * Whether part `c` holds part `p` under it, as a root's sign holds its radicand: either a
 * `√` written in one stroke, wide, with `p` inside its box to the right of the tick and
 * below the bar; or a long flat bar (a `√`'s bar drawn on its own) with `p`, tall,
 * standing just below it and within its length, and the sign's tick (`others`, a part as
 * tall as `p`) reaching up to the bar's left end, which the hat of a `5` has not. `p` does
 * not touch the bar, as the diagonal of a `7` does.
 */
export function holds(c: InkBox, p: InkBox, others: readonly InkBox[] = []): boolean {
  if (c.w <= 0 || p.h <= 0) return false;
  const centre = p.x + p.w / 2;
  // One stroke: tick and bar; a sign whose bar stops short is narrower, and must hold
  // something taller, starting in its right part (the rings of a `%` beside its slash are
  // small, the other stroke of a `×` starts at its left), up by the bar (the stem of a `4`
  // beside its corner starts low) and on to near the bar's end (a bar or a slash inside a
  // `0` stops short).
  const narrow = c.w < SIGN_WIDE * c.h;
  if (
    c.w >= NARROW_SIGN * c.h &&
    (!narrow ||
      (p.h >= NARROW_FILL * c.h &&
        p.x > c.x + NARROW_RIGHT * c.w &&
        p.y <= c.y + NARROW_TOP * c.h &&
        p.x + p.w >= c.x + (1 - NARROW_END) * c.w))
  ) {
    const tick = tickEnd(c);
    const inside =
      centre > tick &&
      p.x > c.x + (tick - c.x) / 2 &&
      centre < c.x + c.w &&
      p.y >= c.y + BELOW_BAR * c.h &&
      p.y + p.h <= c.y + (1 + BELOW_BAR) * c.h &&
      p.h <= FILL_MAX * c.h &&
      p.h >= FILL_MIN * c.h;
    if (inside) return true;
  }
  // A bar on its own: long against what it holds, which is tall against the bar.
  if (c.w < BAR_FLAT * c.h || p.h < BAR_FLAT * c.h || c.w < BAR_LONG * p.h) return false;
  if (p.h < HELD_TALL * c.w) return false;
  const gap = p.y - (c.y + c.h);
  const slack = OVERHANG * p.w;
  const under =
    gap >= UNDER * p.h && gap <= NEAR * p.h && p.x >= c.x - slack && p.x + p.w <= c.x + c.w + slack;
  return under && others.some((t) => isTick(t, c, p));
}

/** A `√`'s tick: as tall as what the bar holds, its right end at the bar's left end. */
function isTick(t: InkBox, bar: InkBox, p: InkBox): boolean {
  return (
    t !== p &&
    t.h >= TICK_TALL * p.h &&
    t.x < bar.x &&
    Math.abs(t.x + t.w - bar.x) <= TICK_REACH * bar.w &&
    t.y <= bar.y + bar.h + TICK_TOP * t.h
  );
}

/** A tick is at least this share of the height of what its bar holds. */
const TICK_TALL = 0.5;
/** A tick's right end is within this share of the bar's length of the bar's left end. */
const TICK_REACH = 0.2;
/** A tick's top is at most this share of its height below the bar. */
const TICK_TOP = 0.2;
/** A one-stroke `√` is at least this many times as wide as it is tall… */
const SIGN_WIDE = 1.2;
/** …or, its bar stopping short, this wide, holding this share of its height or more, which
 * starts right of this share of the sign's width… */
const NARROW_SIGN = 0.6;
const NARROW_FILL = 0.5;
const NARROW_RIGHT = 0.27;
/** …whose top is within this share of the sign's height of the bar… */
const NARROW_TOP = 0.4;
/** …and which reaches to within this share of the sign's width of its end, or past it. */
const NARROW_END = 0.3;
/** What a one-stroke sign holds stands below its bar by this share of the sign's height. */
const BELOW_BAR = 0.08;
/** What a bar holds stands below it by at least this share of its own height. */
const UNDER = 0.03;
/** What a one-stroke sign holds fills this share of its height, at most and at least. */
const FILL_MAX = 0.95;
const FILL_MIN = 0.3;
/** A bar on its own is at least this many times as wide as it is tall, and what it holds as tall. */
const BAR_FLAT = 4;
/** A bar is at least this long against what it holds (a `5`'s hat is no longer, and has no tick). */
const BAR_LONG = 0.6;
/** What a bar holds is at least this tall against the bar's length (a `=`'s lower bar is not). */
const HELD_TALL = 0.3;
/** What a bar holds starts below it within this share of its own height. */
const NEAR = 0.6;
/** What a bar holds may stick out past its ends by this share of its own width. */
const OVERHANG = 0.15;
