import type { Ink } from '../pipeline/types.ts';
import { strokeId } from './strokeId.ts';

/** The sheet as the page keeps it on the device (createSheetStore), from one visit to the next. */
export interface SheetRecord {
  readonly v: 1;
  /** Each stroke's points, `[x, y, t]` in CSS px and ms. */
  readonly strokes: readonly (readonly (readonly number[])[])[];
  /** The symbols the user corrected: the symbol's key with stroke indexes for ids, and the choice. */
  readonly corrections: readonly (readonly [key: string, symbol: string])[];
  /** The doubtful layouts the user chose to read the other way, keyed likewise. */
  readonly layouts: readonly string[];
}

/** A key made of stroke numbers (symbolKey, a layoutKey): none of a photo's, none with a gone stroke. */
export const STROKE_KEY = /^\d+(?:[, ]\d+)*$/;

/**
 * The sheet to keep: its ink, and the user's corrections and layout choices with the
 * strokes they name as indexes into that ink, since stroke ids (strokeId) last one visit.
 * Choices about strokes no longer on the sheet (undone, erased, a photo's) are left out.
 */
export function sheetRecord(
  ink: Ink,
  corrections: ReadonlyMap<string, string>,
  layouts: ReadonlySet<string>,
): SheetRecord {
  const index = new Map(ink.map((s, i) => [String(strokeId(s)), String(i)]));
  const portable = (key: string): string | null => {
    if (!STROKE_KEY.test(key)) return null;
    const ids = key.split(/[, ]/);
    return ids.every((id) => index.has(id)) ? key.replace(/\d+/g, (id) => index.get(id)!) : null;
  };
  return {
    v: 1,
    strokes: ink.map((s) => s.map(([x, y, t]) => (t === undefined ? [x, y] : [x, y, t]))),
    corrections: [...corrections].flatMap(([key, symbol]) => {
      const k = portable(key);
      return k === null ? [] : [[k, symbol] as const];
    }),
    layouts: [...layouts].flatMap((key) => portable(key) ?? []),
  };
}
