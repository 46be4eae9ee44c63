// Shared vocabulary of the pipeline. Coordinate spaces are branded so that a box in the
// caller's ink units can never be passed where model pixels are meant (and vice versa).

import type { ResultError } from './errors.ts';

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A pen sample in the caller's own units, y growing downwards; t (ms) is optional. */
export type InkPoint = readonly [x: number, y: number, t?: number];
export type Stroke = readonly InkPoint[];
export type Ink = readonly Stroke[];

/**
 * How one stroke draws a square root's sign without a bar (rootStroke), or that a picture's
 * component is shaped as one (bareRootShape): a picture tells no direction.
 */
export type RootStroke = 'rises' | 'descends' | 'picture';

/** An axis-aligned box in the caller's ink units (stroke coordinates or image pixels). */
export type InkBox = Brand<
  { readonly x: number; readonly y: number; readonly w: number; readonly h: number },
  'InkBox'
>;

export function inkBox(x: number, y: number, w: number, h: number): InkBox {
  return { x, y, w, h } as InkBox;
}

/**
 * A grey raster in its own pixel space: ink coverage in [0, 1] (1 = full ink),
 * row-major. Produced by rasterise (from strokes) or by the bitmap stages (from images).
 */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

/** 28×28 model input: white ink (1) on black (0), MNIST-normalised, row-major. */
export type ModelImage = Brand<Float32Array, 'ModelImage'>;
export const MODEL_SIZE = 28;

/**
 * A symbol's ink as the trajectory model reads it (inkSequence): SEQUENCE_FEATURES channels
 * of SEQUENCE_POINTS points each, channel-major.
 */
export type InkSequence = Brand<Float32Array, 'InkSequence'>;
export const SEQUENCE_POINTS = 64;
export const SEQUENCE_FEATURES = 5;

/** A grey-scale bitmap as decoded from PNG/JPEG/canvas: 0..255 luminance, row-major. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/**
 * What segmentation groups: the strokes (or slices of strokes) of a drawing, or the
 * connected components of a picture, with how to draw any group of them for the model.
 */
export interface Parts {
  readonly boxes: readonly InkBox[];
  /** Per part, the index of the caller's stroke it comes from; absent for pictures. */
  readonly sourceIndex?: readonly number[];
  /**
   * Pairs of parts whose strokes cross, which belong to one symbol unless the model says
   * otherwise strongly enough. Pictures have none (crossing ink is one component).
   */
  readonly crossings: readonly (readonly [a: number, b: number])[];
  /**
   * Per part, whether it can be no dot: a small mark attached to a larger part (the short
   * bar of a `+`, a tap where the pen landed: attachedMarks), or in a picture a mark far
   * from round (what the ruled-line eraser left of a printed line).
   */
  readonly noDot?: readonly boolean[];
  /**
   * Per part, how it draws a root's sign without a bar when it is a whole stroke that does:
   * rising from low on its left to its top right (risesFromFoot), or tracing that sign
   * backwards from the top (descendsToTick); in a picture, a component shaped as the sign
   * (bareRootShape); else null.
   */
  readonly rootStrokes?: readonly (RootStroke | null)[];
  /**
   * Per part of a picture, whether it is a `=` whose bars the pen joined (joinedBarsShape):
   * one component that is still two bars.
   */
  readonly joinedBars?: readonly boolean[];
  /** Per part, whether its stroke closes on itself (isLoop), as a `0` does, sliced or whole. */
  readonly loops?: readonly boolean[];
  /**
   * Per part of a picture that splitRaised cut from a blob as base or exponent, that blob's
   * id (shared by its pieces), else null: grouped together, the pieces are the blob again.
   */
  readonly blobOf?: readonly (number | null)[];
  /** Per part of strokes, how far it leans from upright, in degrees (strokeLean). */
  readonly leans?: readonly (number | null)[];
  /** The 28×28 image of the parts `members`, whose union box is `box`. */
  readonly render: (members: readonly number[], box: InkBox) => ModelImage;
  /** For strokes, the pen's path through the parts `members` (inkSequence); pictures have none. */
  readonly sequence?: (members: readonly number[]) => InkSequence;
}

/** What the user taught for symbols drawn like a candidate: their label, and how alike. */
export interface Taught {
  readonly label: string;
  /** Cosine of the candidate's 28×28 image and the corrected one's, in [0, 1]. */
  readonly similarity: number;
}

/**
 * The classifier, as the pipeline sees it. Adapters (onnxruntime-node / -web) live in
 * src/runtime. `classify` gets every symbol of a drawing in one call and returns one
 * probability row per image, in `labels` order, each row summing to 1.
 */
export interface Classifier {
  readonly labels: readonly string[];
  classify(images: readonly ModelImage[]): Promise<Float32Array[]>;
  /**
   * A second opinion from how the pen moved, for symbols drawn as strokes: one probability
   * row per sequence, in `labels` order. Absent when no trajectory model came with the
   * image model; the pipeline then reads by the images alone.
   */
  classifySequences?(sequences: readonly InkSequence[]): Promise<Float32Array[]>;
  /**
   * The symbol the user corrected that this one is drawn like, if any (adaptClassifier):
   * the scoring stage leans to its label and spares it the rules about most writers.
   */
  taught?(image: ModelImage): Taught | undefined;
}

export interface Alternative {
  readonly symbol: string;
  readonly p: number;
}

/** Where a symbol stands in the structure of its line, when not simply on the line. */
export interface Place {
  /** Raised as (part of) an exponent, under a `√`'s bar, or over or under a fraction's bar. */
  readonly role: 'exponent' | 'radicand' | 'numerator' | 'denominator';
  /** How deep in exponents: 1 in an exponent, 2 in an exponent's exponent; else 0. */
  readonly level: number;
  /**
   * For an exponent, the index in `symbols` of the last symbol of what it raises (a digit or
   * a `)`); for a radicand, the index of its `√`; for a numerator or a denominator, the
   * index of the fraction's bar.
   */
  readonly base: number;
}

export interface RecognizedSymbol {
  /** A digit, an operator as written (`+ - × ÷ = ( ) . % / : * ·`), or '?' when unreadable. */
  readonly symbol: string;
  readonly confidence: number;
  /** [x, y, w, h] in the input's own units. */
  readonly box: readonly [number, number, number, number];
  /** Indexes into the input strokes; absent for bitmaps. */
  readonly strokes?: readonly number[];
  readonly alternatives: readonly Alternative[];
  /** Its place in the structure of its line (layoutSymbols); absent on the line itself. */
  readonly place?: Place;
}

/** The same symbols read with another structure (`23` for `2³`), and its answer. */
export interface OtherReading {
  readonly text: string;
  readonly latex: string;
  readonly value: string | null;
  readonly approx: string | null;
}

/** Defined with the rest of the error vocabulary, in errors.ts. */
export type { ResultError };

/**
 * Why an answer is unsure (unsureReasons), each a doubt the page can name where no marked
 * symbol shows it: `symbols`, doubtful symbols whose readings give the answer too seldom.
 */
export type Doubt =
  | 'repaired'
  | 'swallowed-dot'
  | 'speck-dot'
  | 'overruled'
  | 'layout'
  | 'leading-zero'
  | 'bare-number'
  | 'lost-exponent'
  | 'root-as-one'
  | 'operator-run'
  | 'bracketed-number'
  | 'symbols';

/** One line of writing (splitLines), read as a calculation of its own. */
export interface LineReading {
  /** The reading on one line, canonical operators, an exponent after `^` (linearText). */
  readonly text: string;
  readonly value: string | null;
  readonly approx: string | null;
  readonly check: boolean | null;
  /** The reading as LaTeX, as written, with its structure (`2^{3}+96/8`). */
  readonly latex: string;
  /** Its answer rests on something the pipeline doubts (see Recognition.unsure). */
  readonly unsure: boolean;
  /** Why it is unsure, in the order they were weighed; empty when it is not. */
  readonly doubts: readonly Doubt[];
  /** [x, y, w, h] of its ink, in the input's own units. */
  readonly box: readonly [number, number, number, number];
  /** Its symbols; `place.base` and error messages count within the line. */
  readonly symbols: readonly RecognizedSymbol[];
  readonly error: ResultError | null;
  /** The other structure, when the layout was near its limits (Recognition.otherLayout). */
  readonly otherLayout?: OtherReading;
}

/**
 * What a drawing reads: with one line of writing, that line's reading (the same fields as
 * `lines[0]`); with several, each line answers in `lines`, and the top level joins their
 * texts by newlines, has no value and says so in `error` (`several-lines`).
 */
export interface Recognition {
  /** The reading on one line, canonical operators, an exponent after `^` (linearText). */
  readonly text: string;
  /** The reading as LaTeX, as written, with its structure (`2^{3}+96/8`). */
  readonly latex: string;
  readonly value: string | null;
  readonly approx: string | null;
  readonly check: boolean | null;
  readonly symbols: readonly RecognizedSymbol[];
  readonly error: ResultError | null;
  /**
   * The reading rests on something the pipeline doubts (a symbol below the unsure
   * threshold, one the parser swapped for a second reading, an unreadable one): show its
   * answer as a reading to check, not as a fact.
   */
  readonly unsure: boolean;
  /** Why it is unsure (every line's, in turn, with several lines); empty when it is not. */
  readonly doubts: readonly Doubt[];
  /**
   * When the structure was near its limits (an exponent or not): the other reading, which
   * the page offers with one tap; absent otherwise.
   */
  readonly otherLayout?: OtherReading;
  /** Each line of writing, top to bottom, as a calculation of its own. */
  readonly lines: readonly LineReading[];
}
