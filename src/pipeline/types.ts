// Shared vocabulary of the pipeline. Coordinate spaces are branded so that a box in the
// caller's ink units can never be passed where model pixels are meant (and vice versa).

import type { ResultError } from './errors.ts';

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A pen sample in the caller's own units, y growing downwards; t (ms) is optional. */
export type InkPoint = readonly [x: number, y: number, t?: number];
export type Stroke = readonly InkPoint[];
export type Ink = readonly Stroke[];

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

/** A grey-scale bitmap as decoded from PNG/JPEG/canvas: 0..255 luminance, row-major. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
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
   * The label the user taught for symbols drawn like this one, if any (adaptClassifier).
   * No prior of recognize's then speaks against that label: what most writers do (a `=`
   * is not one stroke, a digit is not flat) says nothing once this writer has shown theirs.
   */
  taught?(image: ModelImage): string | undefined;
}

export interface Alternative {
  readonly symbol: string;
  readonly p: number;
}

export interface RecognizedSymbol {
  /** One of 0-9 + - × ÷ = ( ), or '?' when unreadable. */
  readonly symbol: string;
  readonly confidence: number;
  /** [x, y, w, h] in the input's own units. */
  readonly box: readonly [number, number, number, number];
  /** Indexes into the input strokes; absent for bitmaps. */
  readonly strokes?: readonly number[];
  readonly alternatives: readonly Alternative[];
}

/** Defined with the rest of the error vocabulary, in errors.ts. */
export type { ResultError };

export interface Recognition {
  readonly text: string;
  readonly value: string | null;
  readonly approx: string | null;
  readonly check: boolean | null;
  readonly symbols: readonly RecognizedSymbol[];
  readonly error: ResultError | null;
}
