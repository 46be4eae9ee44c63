import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import { inkSequence } from '../pipeline/ink/inkSequence.ts';
import { augmentInk } from './augmentInk.ts';
import { coarsen } from './coarsen.ts';
import { crossDigit } from './crossDigit.ts';
import { renderSymbol } from './renderSymbol.ts';
import { separateStrokes } from './separateStrokes.ts';
import { createRng, type Rng } from './rng.ts';
import { markZero, ZERO_MARKS } from './markZero.ts';
import { GLYPH_LABELS, synthGlyph } from './synthGlyph.ts';
import { synthOperator } from './synthOperator.ts';
import { synthOne } from './synthOne.ts';
import { synthReject } from './synthReject.ts';
import type { DatasetPart } from './writeDataset.ts';
import {
  SEQUENCE_FEATURES,
  SEQUENCE_POINTS,
  type Ink,
  type InkPoint,
  type InkSequence,
} from '../pipeline/types.ts';

export const OPERATORS = ['+', '-', '×', '÷', '=', '(', ')'] as const;

export interface LabelledInk {
  readonly label: string;
  readonly strokes: Ink;
}

export interface TrainingSetOptions {
  readonly seed: number;
  /** Augmented copies rendered per pendigits sample, beside the original. */
  readonly digitCopies: number;
  readonly operatorsPerClass: number;
  /** Generated `% / * : √` per class (synthGlyph); 0 renders none. */
  readonly glyphsPerClass?: number;
  /** Generated `1`s in the styles pendigits lacks (flags, feet, serifs, lean). */
  readonly ones: number;
  readonly rejects: number;
  /** Probability that a copy of a `0` is slashed or of a `7` crossed (crossDigit; 0: none). */
  readonly crossed?: number;
  /** Probability that a copy of a `0` gets a bar or a dot inside (markZero; 0: none). */
  readonly zeroMarks?: number;
  readonly onProgress?: (part: string, done: number, total: number) => void;
}

/**
 * Renders everything the trainer learns from that starts as strokes: real pendigits
 * strokes (plus stroke-level augmentations), generated operators, and a `reject` class of
 * scribbles and of neighbours merged into one box (so that segmentation can ask the model
 * whether a grouping is a symbol at all). Each image comes with the inkSequence of the very
 * ink it was rendered from, for the trajectory model; inkSequence draws no random numbers,
 * so the images are those the render made before sequences were kept.
 */
export function buildTrainingSet(
  digits: readonly LabelledInk[],
  o: TrainingSetOptions,
): DatasetPart[] {
  const rng = createRng(o.seed);
  const pen = (): number => penWith(rng);
  // Old tablets and small touch targets report few distinct positions: some writers' ink
  // arrives as stair-stepped polylines. A share of every class is drawn that way.
  const coarse = (ink: Ink): Ink => coarseWith(rng, ink);
  // Its own stream, and applied after augmentInk (whose draws depend on the number of
  // strokes), so that turning it on leaves every other image of the render as it was.
  const crossRng = createRng(o.seed + 7919);
  const cross = (ink: Ink, label: string): Ink =>
    o.crossed && (label === '0' || label === '7') && crossRng.chance(o.crossed)
      ? crossDigit(ink, label, crossRng)
      : ink;

  // Its own stream too, for the same reason.
  const zeroRng = createRng(o.seed + 15485863);
  const markZeros = (ink: Ink, label: string): Ink =>
    o.zeroMarks && label === '0' && zeroRng.chance(o.zeroMarks)
      ? markZero(ink, zeroRng.pick(ZERO_MARKS), zeroRng)
      : ink;

  const pendigits = renders('pendigits');
  digits.forEach((d, i) => {
    pendigits.add(d.label, d.strokes);
    for (let k = 0; k < o.digitCopies; k++) {
      const split = rng.chance(0.15) ? separateStrokes(d.strokes, rng) : d.strokes;
      const marked = markZeros(cross(augmentInk(split, rng), d.label), d.label);
      pendigits.add(d.label, coarse(marked), pen());
    }
    if (i % 1000 === 0) o.onProgress?.('pendigits', i, digits.length);
  });

  const operators = renders('operators');
  for (let k = 0; k < o.operatorsPerClass; k++) {
    for (const label of OPERATORS) operators.add(label, coarse(synthOperator(label, rng)), pen());
    if (k % 500 === 0) o.onProgress?.('operators', k, o.operatorsPerClass);
  }

  const ones = renders('ones');
  for (let k = 0; k < o.ones; k++) ones.add('1', coarse(synthOne(rng)), pen());

  const rejects = renders('reject');
  for (let k = 0; k < o.rejects; k++) {
    const ink =
      k % 2 === 0
        ? synthReject(rng)
        : mergeNeighbours(
            pickInk(digits, rng.int(0, digits.length - 1), rng),
            rng.chance(0.7)
              ? pickInk(digits, rng.int(0, digits.length - 1), rng)
              : synthOperator(rng.pick(OPERATORS), rng),
            rng.uniform(-0.15, 0.25),
          );
    rejects.add('reject', ink, pen());
  }

  // The glyph classes draw from their own stream, so that adding them left every other
  // image of the render as it was. Their merges with a digit are rejects too (`2%` is two
  // symbols, not one).
  const glyphRng = createRng(o.seed + 104729);
  const glyphs = renders('glyphs');
  const glyphRejects = renders('glyph-reject');
  for (let k = 0; k < (o.glyphsPerClass ?? 0); k++) {
    for (const label of GLYPH_LABELS) {
      glyphs.add(label, coarseWith(glyphRng, synthGlyph(label, glyphRng)), penWith(glyphRng));
    }
    if (k % 5 === 0) {
      const digit = pickInk(digits, glyphRng.int(0, digits.length - 1), glyphRng);
      const glyph = synthGlyph(glyphRng.pick(GLYPH_LABELS), glyphRng);
      const [left, right] = glyphRng.chance(0.5) ? [digit, glyph] : [glyph, digit];
      glyphRejects.add(
        'reject',
        mergeNeighbours(left, right, glyphRng.uniform(-0.15, 0.25)),
        penWith(glyphRng),
      );
    }
    if (k % 500 === 0) o.onProgress?.('glyphs', k, o.glyphsPerClass ?? 0);
  }

  return [
    pendigits.part(),
    operators.part(),
    ones.part(),
    rejects.part(),
    ...(glyphs.size() > 0 ? [glyphs.part(), glyphRejects.part()] : []),
  ];
}

interface Renders {
  /** Renders `ink` (the default pen when `penRatio` is absent) and keeps its inkSequence. */
  add(label: string, ink: Ink, penRatio?: number): void;
  size(): number;
  part(): DatasetPart;
}

/** One part's images, labels and sequences, item for item. */
function renders(name: string): Renders {
  const images: Uint8Array[] = [];
  const sequences: InkSequence[] = [];
  const labels: string[] = [];
  return {
    add(label, ink, penRatio) {
      images.push(renderSymbol(ink, penRatio));
      sequences.push(inkSequence(ink));
      labels.push(label);
    },
    size: () => labels.length,
    part: () => part(name, images, labels, sequences),
  };
}

function penWith(rng: Rng): number {
  return rng.uniform(0.08, 0.15);
}

function coarseWith(rng: Rng, ink: Ink): Ink {
  return rng.chance(0.25) ? coarsen(ink, rng.uniform(8, 30)) : ink;
}

function pickInk(digits: readonly LabelledInk[], i: number, rng: Rng): Ink {
  return augmentInk(digits[i]!.strokes, rng);
}

/** Two symbols side by side at the same height, `gap` × height apart (negative overlaps). */
function mergeNeighbours(left: Ink, right: Ink, gap: number): Ink {
  const a = fit(left, 0);
  const box = inkBounds(a);
  const aRight = box.x + box.w;
  return [...a, ...fit(right, aRight + gap * 100)];
}

/** Scales ink to a height of 100 (or width 100 for flat symbols), its left edge at x0. */
function fit(ink: Ink, x0: number): Ink {
  const { x: minX, y: minY, w, h } = inkBounds(ink);
  const s = 100 / Math.max(h, w / 2, 1e-6);
  return ink.map((st) => st.map((p): InkPoint => [(p[0] - minX) * s + x0, (p[1] - minY) * s]));
}

function part(
  name: string,
  images: readonly Uint8Array[],
  labels: readonly string[],
  sequences: readonly InkSequence[],
): DatasetPart {
  const all = new Uint8Array(images.length * 784);
  images.forEach((img, i) => all.set(img, i * 784));
  const size = SEQUENCE_FEATURES * SEQUENCE_POINTS;
  const seq = new Float32Array(sequences.length * size);
  sequences.forEach((s, i) => seq.set(s, i * size));
  return { name, images: all, labels, sequences: seq };
}
