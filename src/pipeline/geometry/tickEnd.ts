import type { InkBox } from '../types.ts';

/** A one-stroke `√`'s tick takes up to this share of its width on the left… */
const TICK = 0.2;
/** …and no more than this share of its height: a long bar makes the sign wide, not its tick. */
const TICK_HEIGHT = 0.3;

/** Where a root's sign stops rising and starts holding: the right end of its tick. */
export function tickEnd(sign: InkBox): number {
  return sign.x + Math.min(TICK * sign.w, TICK_HEIGHT * sign.h);
}
