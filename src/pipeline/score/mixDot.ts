import type { Candidate } from './Candidate.ts';
import { dotChance } from './dotChance.ts';
import { raisedChance } from './raisedChance.ts';
import { DOT, RAISED_DOT } from './symbolClasses.ts';

/**
 * A candidate's probabilities over the reading's labels (readingLabels), with the chance
 * that it is a dot taken from its size and place rather than from the model: the model's
 * row is scaled by the chance that it is no dot, and the rest goes to `.` (on the
 * baseline) and `·` (raised). A dot is one stroke, or two (a tap that bounced), and none
 * of its parts can be no dot (Parts.noDot: attached to a larger symbol, or a flat fleck).
 */
export function mixDot(
  row: Float32Array,
  labels: readonly string[],
  c: Candidate,
  on = true,
): Float32Array {
  const p = new Float32Array(labels.length);
  p.set(row.subarray(0, Math.min(row.length, labels.length)));
  const free = !(c.noDot ?? []).some(Boolean);
  const dot = on && free && c.pieces <= 2 ? dotChance(c.box, c.line) : 0;
  if (!(dot > 0)) return p;
  for (let i = 0; i < p.length; i++) p[i]! *= 1 - dot;
  const raised = raisedChance(c.box, c.line);
  const at = (label: string): number => labels.indexOf(label);
  if (at(DOT) >= 0) p[at(DOT)]! += dot * (1 - raised);
  if (at(RAISED_DOT) >= 0) p[at(RAISED_DOT)]! += dot * raised;
  return p;
}
