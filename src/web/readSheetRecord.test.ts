import { describe, expect, it } from 'vitest';
import type { RecognizedSymbol, Stroke } from '../pipeline/types.ts';
import { symbolKey } from './correctRecognition.ts';
import { readSheetRecord } from './readSheetRecord.ts';
import { sheetRecord } from './sheetRecord.ts';
import { SHEET_LIMITS } from './sheetRoom.ts';

const stroke = (x: number): Stroke => [
  [x, 0, 100],
  [x, 10, 116],
];
const symbol = (strokes: number[]): RecognizedSymbol => ({
  symbol: '1',
  confidence: 1,
  box: [0, 0, 1, 1],
  strokes,
  alternatives: [],
});

describe('sheetRecord and readSheetRecord', () => {
  it('keep the ink, and the corrections and layout choices by the strokes they name', () => {
    const ink = [stroke(0), stroke(10), stroke(20)];
    const seven = symbolKey(symbol([1, 2]), ink, null);
    const layout = `${symbolKey(symbol([0]), ink, null)} ${seven}`;
    const corrections = new Map([
      [seven, '7'],
      // Strokes undone since, and a photo's symbol: neither is on the sheet to keep.
      [symbolKey(symbol([0]), [stroke(5)], null), '4'],
      ['photo 3 at 0,0,1,1', '2'],
    ]);
    const record = sheetRecord(ink, corrections, new Set([layout]));
    expect(record.corrections).toEqual([['1,2', '7']]);
    expect(record.layouts).toEqual(['0 1,2']);
    // Through storage, as IndexedDB clones it.
    const kept = readSheetRecord(structuredClone(record))!;
    expect(kept.ink).toEqual(ink);
    expect(kept.ink[0]).not.toBe(ink[0]);
    expect([...kept.corrections]).toEqual([[symbolKey(symbol([1, 2]), kept.ink, null), '7']]);
    expect([...kept.layouts]).toEqual([
      `${symbolKey(symbol([0]), kept.ink, null)} ${symbolKey(symbol([1, 2]), kept.ink, null)}`,
    ]);
  });

  it('reads nothing from a record of another kind, or a damaged one', () => {
    for (const stored of [
      undefined,
      null,
      'ink',
      { v: 2, strokes: [] },
      { v: 1, strokes: [[[0, 'a']]] },
      { v: 1, strokes: [[]] },
      { v: 1, strokes: [[[0, Infinity]]] },
    ])
      expect(readSheetRecord(stored)).toBeNull();
    // A correction naming a stroke the record lacks is dropped; the ink stays.
    const kept = readSheetRecord({ v: 1, strokes: [[[0, 0]]], corrections: [['3', '7']] })!;
    expect(kept.ink).toHaveLength(1);
    expect(kept.corrections.size).toBe(0);
  });

  it('cuts a sheet over the limits at them', () => {
    const strokes = Array.from({ length: SHEET_LIMITS.strokes + 3 }, (_, i) => stroke(i));
    const kept = readSheetRecord(sheetRecord(strokes, new Map(), new Set()))!;
    expect(kept.ink).toHaveLength(SHEET_LIMITS.strokes);
  });
});
