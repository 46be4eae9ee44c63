import { answerShare } from '../pipeline/layout/answerShare.ts';
import { solveReading } from '../pipeline/layout/solveReading.ts';
import { unsureReasons } from '../pipeline/score/unsureReasons.ts';
import type { RecognitionWithImages } from '../pipeline/recognize.ts';
import { joinLines } from '../pipeline/joinLines.ts';
import type { Ink, LineReading, RecognizedSymbol } from '../pipeline/types.ts';
import { doubtedSymbols } from './doubtedSymbols.ts';
import { strokeId } from './strokeId.ts';

export interface ShownSymbol extends RecognizedSymbol {
  /** The user chose this symbol from the alternatives. */
  readonly corrected?: boolean;
}

export interface ShownLine extends Omit<LineReading, 'symbols'> {
  readonly symbols: readonly ShownSymbol[];
  /**
   * When the line's layout is doubtful, the name under which the user's choice of its other
   * structure is kept: the strokes of the symbols it is in doubt about (doubtedSymbols).
   */
  readonly layoutKey?: string;
}

export interface Shown extends Omit<RecognitionWithImages, 'symbols' | 'lines'> {
  readonly symbols: readonly ShownSymbol[];
  readonly lines: readonly ShownLine[];
  /** With one line, that line's layoutKey. */
  readonly layoutKey?: string;
}

/** What the readout shows: one line's reading, or the drawing's when it has no line. */
export type ShownReading = Pick<
  ShownLine,
  | 'text'
  | 'value'
  | 'approx'
  | 'check'
  | 'unsure'
  | 'doubts'
  | 'symbols'
  | 'error'
  | 'otherLayout'
  | 'layoutKey'
>;

/**
 * Names a symbol by the strokes it is made of (their identity, not their index), so a
 * correction survives the recognitions that follow each new stroke, and dies with the
 * strokes when they are undone or cleared. A photo's symbols have no strokes: they are
 * named by the photo and their place in it, which do not change.
 */
export function symbolKey(symbol: RecognizedSymbol, ink: Ink, photoId: number | null): string {
  if (!symbol.strokes) return `photo ${photoId ?? '?'} at ${symbol.box.join(',')}`;
  return symbol.strokes
    .map((i) => {
      const stroke = ink[i];
      return stroke ? strokeId(stroke) : '?';
    })
    .join(',');
}

/**
 * The recognition with the user's corrections applied, and a doubtful layout read the other
 * way where the user chose that (`layouts` holds the layoutKey of each such choice), each
 * line on its own: a line is re-solved when either applies to it, and the drawing's reading
 * is joined again from its lines (joinLines), as recognition joins them.
 */
export function correctRecognition(
  recognition: RecognitionWithImages,
  ink: Ink,
  photoId: number | null,
  corrections: ReadonlyMap<string, string>,
  layouts: ReadonlySet<string> = new Set(),
): Shown {
  // Nothing read (an empty surface, or the recognizer failed): its error is the reading.
  if (recognition.lines.length === 0) return recognition;
  const lines = recognition.lines.map((line) =>
    correctLine(line, ink, photoId, corrections, layouts),
  );
  if (lines.every((line, k) => line === recognition.lines[k])) return recognition;
  const [only] = lines;
  return {
    ...joinLines(lines),
    ...(recognition.images ? { images: recognition.images } : {}),
    ...(lines.length === 1 && only?.layoutKey !== undefined ? { layoutKey: only.layoutKey } : {}),
  };
}

function correctLine(
  line: LineReading,
  ink: Ink,
  photoId: number | null,
  corrections: ReadonlyMap<string, string>,
  layouts: ReadonlySet<string>,
): ShownLine {
  let changed = false;
  const symbols = line.symbols.map((s): ShownSymbol => {
    const chosen = corrections.get(symbolKey(s, ink, photoId));
    if (chosen === undefined || chosen === s.symbol) return s;
    changed = true;
    const model = s.alternatives.find((a) => a.symbol === chosen)?.p ?? 0;
    return {
      ...s,
      symbol: chosen,
      confidence: model,
      corrected: true,
      // The model's own reading stays one tap away.
      alternatives: [
        ...(s.symbol === '?' ? [] : [{ symbol: s.symbol, p: s.confidence }]),
        ...s.alternatives.filter((a) => a.symbol !== chosen),
      ],
    };
  });
  // Only a reading with another layout on offer, or one a correction may have given one, has
  // a layout to choose.
  const doubted = changed || line.otherLayout ? doubtedSymbols(symbols) : [];
  const layoutKey =
    doubted.length === 0
      ? undefined
      : doubted.map((i) => symbolKey(symbols[i]!, ink, photoId)).join(' ');
  const switched = layoutKey !== undefined && layouts.has(layoutKey);
  if (!changed && !switched) return layoutKey === undefined ? line : { ...line, layoutKey };
  // The layout is read again: a corrected base may raise an exponent or lower it.
  const { layoutDoubtful, otherLayout, ...reading } = solveReading(symbols, {
    layout: switched ? 'other' : 'first',
  });
  // What the user chose is their word; only the symbols they left can still be doubted.
  const left = symbols.map((s) => (s.corrected ? { ...s, confidence: 1, alternatives: [] } : s));
  const doubts = unsureReasons({
    symbols: left,
    answerShare: () => answerShare(left, { layout: switched ? 'other' : 'first' }),
    repaired: false,
    swallowedDot: false,
    overruled: false,
    layout: layoutDoubtful && !switched,
  });
  // The API's JSON keeps its keys in this order; the line's other layout, if any, was of
  // its symbols before the correction.
  return {
    text: reading.text,
    value: reading.value,
    approx: reading.approx,
    check: reading.check,
    latex: reading.latex,
    unsure: doubts.length > 0,
    doubts,
    box: line.box,
    symbols: reading.symbols,
    error: reading.error,
    ...(otherLayout ? { otherLayout } : {}),
    ...(layoutKey === undefined ? {} : { layoutKey }),
  };
}
