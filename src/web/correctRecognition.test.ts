import { describe, expect, it } from 'vitest';
import { solveReading } from '../pipeline/layout/solveReading.ts';
import { EMPTY_RECOGNITION, type RecognitionWithImages } from '../pipeline/recognize.ts';
import type { RecognizedSymbol, Stroke } from '../pipeline/types.ts';
import { correctRecognition, symbolKey } from './correctRecognition.ts';

type Box = readonly [number, number, number, number];

/** A stroke tracing a box's outline: each call is a new stroke, as a pen-down makes. */
function stroke([x, y, w, h]: Box): Stroke {
  return [
    [x, y],
    [x + w, y + h],
  ];
}

/** The recognition of `written`, one stroke per symbol, read as the pipeline reads it. */
function recognise(
  written: readonly (readonly [string, Box])[],
  strokes: readonly Stroke[],
): RecognitionWithImages {
  const symbols: RecognizedSymbol[] = written.map(([symbol, box], i) => ({
    symbol,
    confidence: 0.99,
    box,
    strokes: [i],
    alternatives: [{ symbol: symbol === '+' ? '4' : '7', p: 0.01 }],
  }));
  expect(strokes).toHaveLength(symbols.length);
  const { layoutDoubtful, ...reading } = solveReading(symbols);
  return { ...EMPTY_RECOGNITION, ...reading, unsure: layoutDoubtful };
}

// A 3 whose middle stands at 0.28 of the 2's height: 2³, or 23 if a little lower.
const NEAR: readonly (readonly [string, Box])[] = [
  ['2', [0, 0, 10, 20]],
  ['3', [12, 0.6, 6, 10]],
];
const MORE: readonly (readonly [string, Box])[] = [
  ['+', [24, 7, 8, 6]],
  ['1', [36, 0, 6, 20]],
];

describe('correctRecognition', () => {
  it('reads a doubtful layout the other way once chosen, and offers the first way back', () => {
    const ink = NEAR.map(([, box]) => stroke(box));
    const first = correctRecognition(recognise(NEAR, ink), ink, null, new Map());
    expect(first).toMatchObject({ text: '2^3', value: '8', otherLayout: { text: '23' } });
    expect(first.layoutKey).toEqual(expect.any(String));

    const chosen = new Set([first.layoutKey!]);
    const other = correctRecognition(recognise(NEAR, ink), ink, null, new Map(), chosen);
    expect(other).toMatchObject({ text: '23', value: '23', unsure: false });
    expect(other.otherLayout).toMatchObject({ text: '2^3', value: '8' });
    expect(other.symbols[1]).not.toHaveProperty('place');
    expect(other.layoutKey).toBe(first.layoutKey);
  });

  it('keeps the choice through the next strokes, and drops it with the strokes it names', () => {
    const ink = NEAR.map(([, box]) => stroke(box));
    const key = correctRecognition(recognise(NEAR, ink), ink, null, new Map()).layoutKey!;
    const longer = [...ink, ...MORE.map(([, box]) => stroke(box))];
    const next = correctRecognition(
      recognise([...NEAR, ...MORE], longer),
      longer,
      null,
      new Map(),
      new Set([key]),
    );
    expect(next).toMatchObject({ text: '23+1', value: '24' });
    // The same writing with its 3 undone and drawn again is a new choice to make.
    const redrawn = [ink[0]!, stroke(NEAR[1]![1])];
    const again = correctRecognition(
      recognise(NEAR, redrawn),
      redrawn,
      null,
      new Map(),
      new Set([key]),
    );
    expect(again).toMatchObject({ text: '2^3', value: '8' });
  });

  it('applies a correction and reads the layout again', () => {
    const ink = NEAR.map(([, box]) => stroke(box));
    const recognition = recognise(NEAR, ink);
    const base = symbolKey(recognition.symbols[0]!, ink, null);
    const fixed = correctRecognition(recognition, ink, null, new Map([[base, '+']]));
    // A `+` raises nothing: the 3 is read on the line, and no layout is left to doubt.
    expect(fixed).toMatchObject({ text: '+3', value: '3', unsure: false });
    expect(fixed.symbols[0]).toMatchObject({ symbol: '+', corrected: true });
    expect(fixed).not.toHaveProperty('otherLayout');
    expect(fixed).not.toHaveProperty('layoutKey');
  });
});
