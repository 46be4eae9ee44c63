import type { RootStroke, Stroke } from '../types.ts';
import { descendsToTick } from './descendsToTick.ts';
import { risesFromFoot } from './risesFromFoot.ts';

/** How a stroke draws a square root's sign without a bar, forwards or backwards; else null. */
export function rootStroke(stroke: Stroke): RootStroke | null {
  if (risesFromFoot(stroke)) return 'rises';
  return descendsToTick(stroke) ? 'descends' : null;
}
