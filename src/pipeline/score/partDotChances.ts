import type { Candidate } from './Candidate.ts';
import { dotChance } from './dotChance.ts';

/** Per part of a candidate, the chance that it is a free dot: 0 for a Parts.noDot mark. */
export function partDotChances(c: Candidate): number[] {
  return c.parts.map((p, i) => (c.noDot?.[i] ? 0 : dotChance(p, c.line)));
}
