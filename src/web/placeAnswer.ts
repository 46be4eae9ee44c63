import type { RecognizedSymbol } from '../pipeline/types.ts';
import { handwritingWidth, type HandwritingBox } from './layoutHandwriting.ts';

export interface AnswerToWrite {
  readonly text: string;
  readonly box: HandwritingBox;
}

interface Shown {
  readonly text: string;
  readonly value: string | null;
  readonly approx: string | null;
  readonly check: boolean | null;
  readonly symbols: readonly RecognizedSymbol[];
}

const TALL = /[0-9()]/;
const MARGIN = 10;

/**
 * What to write back on the canvas and where: the value after a line's final `=`, or a tick
 * or cross after `a=b`. Sized and aligned to the user's own digits, so the answer looks like
 * the next thing they would have written. It goes under the line only where that stays
 * above `floor` (the next line's ink).
 */
export function placeAnswer(
  shown: Shown,
  canvasWidth: number,
  canvasHeight: number,
  floor = canvasHeight,
): AnswerToWrite | null {
  const last = shown.symbols[shown.symbols.length - 1];
  if (!last) return null;
  let text: string;
  // An inexact answer (`√2=`) is written as its ten digits, as a calculator shows it.
  const answer = shown.value ?? shown.approx;
  if (shown.text.endsWith('=') && answer !== null) text = answer;
  else if (shown.check !== null) text = shown.check ? '✓' : '✗';
  else return null;

  const tall = shown.symbols.filter((s) => TALL.test(s.symbol));
  let height: number;
  let bottom: number;
  if (tall.length > 0) {
    height = median(tall.map((s) => s.box[3]));
    bottom = median(tall.map((s) => s.box[1] + s.box[3]));
  } else {
    // Only operators: guess a digit's size from the last mark.
    height = Math.max(last.box[2], last.box[3]) * 1.6;
    bottom = last.box[1] + last.box[3] / 2 + height / 2;
  }
  height = Math.max(height, 16);
  const x = last.box[0] + last.box[2] + height * 0.3;
  const room = canvasWidth - x - MARGIN;
  const width = handwritingWidth(text) * height;
  if (width * 0.7 <= room || bottom + height * 1.3 > Math.min(floor, canvasHeight)) {
    return { text, box: { x, top: bottom - height, height, maxWidth: Math.max(0, room) } };
  }
  // No room after the `=` (a phone, a long line): write the answer on the next line,
  // ending under the `=`, as one would on paper.
  const size = Math.min(height, (canvasWidth - 2 * MARGIN) / handwritingWidth(text));
  const below = Math.min(bottom + height * 0.3, canvasHeight - size - MARGIN);
  const end = Math.min(last.box[0] + last.box[2], canvasWidth - MARGIN);
  const left = Math.max(MARGIN, end - handwritingWidth(text) * size);
  return {
    text,
    box: { x: left, top: below, height: size, maxWidth: canvasWidth - left - MARGIN },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
