import type { Adjustment, Candidate, PlacedSymbol, SegmentCost } from './Candidate.ts';
import { flat } from './adjustments/flat.ts';
import { holdsRadicand } from './adjustments/holdsRadicand.ts';
import { onePiece } from './adjustments/onePiece.ts';
import { bareRootStroke } from './adjustments/bareRootStroke.ts';
import { operatorSize } from './adjustments/operatorSize.ts';
import { slashOrOne } from './adjustments/slashOrOne.ts';
import { dotJoin } from './adjustments/dotJoin.ts';
import { minusJoin } from './adjustments/minusJoin.ts';
import {
  crossingCost,
  exponentJoinCost,
  farGapCost,
  symbolCost,
} from './adjustments/segmentCosts.ts';
import { stackedBars } from './adjustments/stackedBars.ts';
import { barOverStroke } from './adjustments/barOverStroke.ts';
import { baseSerif } from './adjustments/baseSerif.ts';
import { ringedSlash } from './adjustments/ringedSlash.ts';
import { joinedBars } from './adjustments/joinedBars.ts';
import { twoDigits } from './adjustments/twoDigits.ts';
import { tallHeight } from './adjustments/tallHeight.ts';
import { taught } from './adjustments/taught.ts';

/** Every decision after the model, by name, in the order each list is applied. */
export interface ScoringStage {
  /** Phase 0: the chance that a candidate is a dot, from its size and place (mixDot). */
  readonly dot: boolean;
  /** Phase 1: each candidate grouping, before segmentation, from its own parts. */
  readonly candidate: readonly Adjustment<Candidate>[];
  /** What choosing a candidate as a symbol costs, beside its phase-1 probability. */
  readonly segment: readonly SegmentCost[];
  /** Phase 2: each chosen symbol, against its line. */
  readonly symbol: readonly Adjustment<PlacedSymbol>[];
  /** The sequence step: let the parser prefer a close second reading (repairText). */
  readonly repair: boolean;
  /**
   * The decision: a symbol no other grouping came close to sets the reject class's share
   * aside in its confidence (isGroupingSettled, decideSymbol's groupingSettled).
   */
  readonly settledGrouping: boolean;
}

const REPAIR = 'repair';
const DOT = 'dot';
const SETTLED_GROUPING = 'settled-grouping';

export const SCORING_STAGE: ScoringStage = {
  dot: true,
  candidate: [
    taught,
    stackedBars,
    barOverStroke,
    baseSerif,
    joinedBars,
    ringedSlash,
    twoDigits,
    onePiece,
    flat,
    holdsRadicand,
    bareRootStroke,
  ],
  segment: [symbolCost, crossingCost, farGapCost, dotJoin, minusJoin, exponentJoinCost],
  symbol: [tallHeight, operatorSize, slashOrOne],
  repair: true,
  settledGrouping: true,
};

/** The name of every adjustment, cost and step, for switching one off (`--without`). */
export const SCORING_NAMES: readonly string[] = [
  DOT,
  ...SCORING_STAGE.candidate.map((a) => a.name),
  ...SCORING_STAGE.segment.map((c) => c.name),
  ...SCORING_STAGE.symbol.map((a) => a.name),
  REPAIR,
  SETTLED_GROUPING,
];

/**
 * The scoring stage with the named parts switched off, to measure what each is worth
 * (`npm run eval -- --without NAME`). An unknown name is an error, not a silent no-op.
 */
export function scoringStage(without: Iterable<string> = []): ScoringStage {
  const off = new Set(without);
  const unknown = [...off].filter((n) => !SCORING_NAMES.includes(n));
  if (unknown.length > 0)
    throw new Error(
      `No adjustment named ${unknown.join(', ')}: use one of ${SCORING_NAMES.join(', ')}.`,
    );
  if (off.size === 0) return SCORING_STAGE;
  return {
    dot: !off.has(DOT),
    candidate: SCORING_STAGE.candidate.filter((a) => !off.has(a.name)),
    segment: SCORING_STAGE.segment.filter((c) => !off.has(c.name)),
    symbol: SCORING_STAGE.symbol.filter((a) => !off.has(a.name)),
    repair: !off.has(REPAIR),
    settledGrouping: !off.has(SETTLED_GROUPING),
  };
}
