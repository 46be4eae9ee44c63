import type { LineBand } from '../geometry/digitBand.ts';
import type { InkBox, RootStroke, Taught } from '../types.ts';

/** A candidate grouping of parts, as every decision after the model sees it. */
export interface Candidate {
  /** The boxes of its parts (strokes, slices of a stroke, connected components). */
  readonly parts: readonly InkBox[];
  /** Per part, whether it can be no dot (Parts.noDot). */
  readonly noDot?: readonly boolean[];
  /** Per part, whether segmentation offered it as a symbol of its own (absent: it did). */
  readonly standsAlone?: readonly boolean[];
  /** Strokes (or connected components) in it: slices of one stroke count once. */
  readonly pieces: number;
  /** Whether its parts are the writer's pen strokes (or slices of them), not parts of a picture. */
  readonly drawn?: boolean;
  readonly box: InkBox;
  /**
   * The drawing's digit height (its lines' mean), which the size rules were tuned against;
   * for a candidate raised as an exponent, its exponent's own height.
   */
  readonly lineHeight: number;
  /** Its own line (or exponent): where its digits stand, to place the candidate against them. */
  readonly line: LineBand;
  /** Crossings between its strokes and strokes outside it, which a grouping should not cut. */
  readonly cutCrossings: number;
  /** Line heights by which its widest inner gap exceeds the usual gap (0 when none does). */
  readonly overGap: number;
  /** Whether it joins parts that only a `%` stands so far apart (a ring beside a bar). */
  readonly ringJoin?: boolean;
  /** Whether it joins an exponent's parts to the parts below them (raisedLevels). */
  readonly acrossLevels?: boolean;
  /**
   * Whether it holds a picture's blob whole that splitRaised offered as base and exponent
   * (its pieces at two levels): read as one symbol, an exponent may be lost in it.
   */
  readonly wholeRaisedBlob?: boolean;
  /** Whether one of its parts holds others under it, as a root's sign does (holds). */
  readonly holding?: boolean;
  /** Whether it is one component of a picture that is a `=` with joined bars (Parts.joinedBars). */
  readonly joinedBars?: boolean;
  /** How its one stroke draws a bare root's sign, if it does (Parts.rootStrokes). */
  readonly rootStroke?: RootStroke | undefined;
  readonly taught?: Taught | undefined;
  /** How far its one stroke leans from upright, in degrees (strokeLean); strokes only. */
  readonly lean?: number | undefined;
}

/** A symbol of the chosen reading, in its line. */
export interface PlacedSymbol extends Candidate {
  /** Whether its line holds other symbols, so that its size against them means something. */
  readonly inLine: boolean;
  /**
   * For a stroke read `1` or `/`, how many degrees it leans past the line's other strokes so
   * read, the writer's own `1`s (absent where it stands alone in that).
   */
  readonly leanPast?: number;
}

/**
 * One named rule about what the model's probabilities mean for a candidate: the odds it
 * multiplies each label's probability by. A phase applies its adjustments in one pass and
 * renormalises once.
 */
export interface Adjustment<C extends Candidate = Candidate> {
  readonly name: string;
  /** Whether it has anything to say about this candidate (else every odds is 1). */
  applies(c: C): boolean;
  odds(label: string, c: C): number;
  /**
   * Adjustments that only speak for most writers leave the label this writer taught alone:
   * what most people do says nothing once this one has shown theirs.
   */
  readonly sparesTaught: boolean;
}

/**
 * One named charge, in log-probability, against choosing a candidate as a symbol: what it
 * knows of the candidate is measured once, and the charge for each label read from that.
 */
export interface SegmentCost {
  readonly name: string;
  cost(c: Candidate): (label: string) => number;
}
