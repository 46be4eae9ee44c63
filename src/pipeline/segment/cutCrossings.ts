import type { Parts } from '../types.ts';

/** How many crossings join a part of `members` to a part outside them. */
export function cutCrossings(members: readonly number[], crossings: Parts['crossings']): number {
  let n = 0;
  for (const [a, b] of crossings) if (members.includes(a) !== members.includes(b)) n++;
  return n;
}
