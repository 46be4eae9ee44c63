import type { InkBox } from '../types.ts';

/** The extension is at least this many times as long as it is thick. */
const FLAT = 3;
/** Its middle is within this share of the sign's height of the sign's top… */
const LEVEL = 0.15;
/** …it starts within this share of the sign's height of the sign's right end… */
const FROM_END = 0.25;
/** …and reaches past that end by at least this share of the sign's height. */
const REACH = 0.2;

/**
 * Whether flat part `e` draws the bar of the root's sign `sign` on, further right: it lies
 * level with the sign's top and starts at its right end, as when the radicand grew after the
 * sign was written. A `-` stands lower, at mid-height of the writing the sign holds.
 */
export function extendsBar(sign: InkBox, e: InkBox): boolean {
  const end = sign.x + sign.w;
  return (
    sign.h > 0 &&
    e.w >= FLAT * e.h &&
    Math.abs(e.y + e.h / 2 - sign.y) <= LEVEL * sign.h &&
    Math.abs(e.x - end) <= FROM_END * sign.h &&
    e.x + e.w >= end + REACH * sign.h
  );
}
