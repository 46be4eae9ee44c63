import { solveReading } from '../pipeline/layout/solveReading.ts';
import { isUnsureReading } from '../pipeline/score/isUnsureReading.ts';
import type { RecognitionWithImages } from '../pipeline/recognize.ts';
import type { Ink, RecognizedSymbol, Stroke } from '../pipeline/types.ts';
import { doubtedSymbols } from './doubtedSymbols.ts';

export interface ShownSymbol extends RecognizedSymbol {
  /** The user chose this symbol from the alternatives. */
  readonly corrected?: boolean;
}

export interface Shown extends Omit<RecognitionWithImages, 'symbols'> {
  readonly symbols: readonly ShownSymbol[];
  /**
   * When the layout is doubtful, the name under which the user's choice of its other
   * structure is kept: the strokes of the symbols it is in doubt about (doubtedSymbols).
   */
  readonly layoutKey?: string;
}

const ids = new WeakMap<Stroke, number>();
let nextId = 1;

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
      if (!stroke) return '?';
      let id = ids.get(stroke);
      if (id === undefined) ids.set(stroke, (id = nextId++));
      return id;
    })
    .join(',');
}

/**
 * The recognition with the user's corrections applied, and a doubtful layout read the other
 * way where the user chose that (`layouts` holds the layoutKey of each such choice);
 * re-solved when either applies.
 */
export function correctRecognition(
  recognition: RecognitionWithImages,
  ink: Ink,
  photoId: number | null,
  corrections: ReadonlyMap<string, string>,
  layouts: ReadonlySet<string> = new Set(),
): Shown {
  let changed = false;
  const symbols = recognition.symbols.map((s): ShownSymbol => {
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
  const doubted = changed || recognition.otherLayout ? doubtedSymbols(symbols) : [];
  const layoutKey =
    doubted.length === 0
      ? undefined
      : doubted.map((i) => symbolKey(symbols[i]!, ink, photoId)).join(' ');
  const switched = layoutKey !== undefined && layouts.has(layoutKey);
  if (!changed && !switched)
    return layoutKey === undefined ? recognition : { ...recognition, layoutKey };
  // The layout is read again: a corrected base may raise an exponent or lower it.
  const { layoutDoubtful, otherLayout, ...reading } = solveReading(symbols, {
    layout: switched ? 'other' : 'first',
  });
  // What the user chose is their word; only the symbols they left can still be doubted.
  const unsure = isUnsureReading({
    symbols: symbols.filter((s) => !s.corrected),
    repaired: false,
    swallowedDot: false,
    overruled: false,
    layout: layoutDoubtful && !switched,
  });
  // The recognition's other layout, if any, was of the symbols before the correction.
  const rest = Object.fromEntries(
    Object.entries(recognition).filter(([k]) => k !== 'otherLayout'),
  ) as RecognitionWithImages;
  return {
    ...rest,
    ...reading,
    unsure,
    ...(otherLayout ? { otherLayout } : {}),
    ...(layoutKey === undefined ? {} : { layoutKey }),
  };
}
