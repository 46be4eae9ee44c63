import { describe, expect, it } from 'vitest';
import { solveReading } from '../pipeline/layout/solveReading.ts';
import { joinLines } from '../pipeline/joinLines.ts';
import type { RecognitionWithImages } from '../pipeline/recognize.ts';
import type { LineReading, RecognizedSymbol, Stroke } from '../pipeline/types.ts';
import { correctRecognition, symbolKey } from './correctRecognition.ts';

type Box = readonly [number, number, number, number];

/** A stroke tracing a box's outline: each call is a new stroke, as a pen-down makes. */
function stroke([x, y, w, h]: Box): Stroke {
  return [
    [x, y],
    [x + w, y + h],
  ];
}

/** The recognition of `written`, one line, one stroke per symbol, as the pipeline reads it. */
function recognise(
  written: readonly (readonly [string, Box])[],
  strokes: readonly Stroke[],
): RecognitionWithImages {
  expect(strokes).toHaveLength(written.length);
  return joinLines([readLine(written, 0)]);
}

/** A line of `written`, its symbols drawn by the strokes from `first` on. */
function readLine(written: readonly (readonly [string, Box])[], first: number): LineReading {
  const symbols: RecognizedSymbol[] = written.map(([symbol, box], i) => ({
    symbol,
    confidence: 0.99,
    box,
    strokes: [first + i],
    alternatives: [{ symbol: symbol === '+' ? '4' : '7', p: 0.01 }],
  }));
  const { layoutDoubtful, otherLayout, ...reading } = solveReading(symbols);
  const xs = symbols.map((s) => s.box[0]);
  const ys = symbols.map((s) => s.box[1]);
  const x1 = Math.max(...symbols.map((s) => s.box[0] + s.box[2]));
  const y1 = Math.max(...symbols.map((s) => s.box[1] + s.box[3]));
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return {
    ...reading,
    unsure: layoutDoubtful,
    doubts: layoutDoubtful ? ['layout'] : [],
    box: [x0, y0, x1 - x0, y1 - y0],
    ...(otherLayout ? { otherLayout } : {}),
  };
}

/** `written` moved `dy` down the page. */
function below(
  written: readonly (readonly [string, Box])[],
  dy: number,
): (readonly [string, Box])[] {
  return written.map(([s, [x, y, w, h]]) => [s, [x, y + dy, w, h]]);
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

  it('doubts the answer only through the readings of the symbols left that calculate', () => {
    const boxes: Box[] = [0, 1, 2, 3].map((i) => [i * 14, 0, 10, 20]);
    const ink = boxes.map(stroke);
    const fixedWith = (second: string) => {
      const symbols: RecognizedSymbol[] = ['5', '+', '1', '8'].map((symbol, i) => ({
        symbol,
        confidence: symbol === '1' ? 0.6 : 0.99,
        box: boxes[i]!,
        strokes: [i],
        alternatives: [{ symbol: symbol === '1' ? second : '3', p: symbol === '1' ? 0.38 : 0.01 }],
      }));
      const { text, value, approx, check, latex, error } = solveReading(symbols);
      const line = {
        ...{ text, value, approx, check, latex, error, symbols },
        ...{ unsure: true, doubts: ['symbols' as const] },
      };
      const recognition = joinLines([{ ...line, box: [0, 0, 52, 20] }]);
      const eight = symbolKey(recognition.symbols[3]!, ink, null);
      return correctRecognition(recognition, ink, null, new Map([[eight, '3']]));
    };
    // 5+)3 is no calculation: the 1 is doubtful, the answer is not.
    expect(fixedWith(')')).toMatchObject({ text: '5+13', value: '18', unsure: false });
    expect(fixedWith('7')).toMatchObject({ text: '5+13', value: '18', unsure: true });
  });

  describe('with two lines', () => {
    const SUM: readonly (readonly [string, Box])[] = [
      ['8', [0, 0, 10, 20]],
      ['+', [14, 7, 8, 6]],
      ['1', [26, 0, 6, 20]],
      ['=', [36, 7, 8, 6]],
    ];
    const LOWER = below(NEAR, 60);

    function twoLines(): { ink: Stroke[]; recognition: RecognitionWithImages } {
      const ink = [...SUM, ...LOWER].map(([, box]) => stroke(box));
      return { ink, recognition: joinLines([readLine(SUM, 0), readLine(LOWER, SUM.length)]) };
    }

    it('corrects a symbol of one line and re-solves that line alone', () => {
      const { ink, recognition } = twoLines();
      const eight = symbolKey(recognition.lines[0]!.symbols[0]!, ink, null);
      const fixed = correctRecognition(recognition, ink, null, new Map([[eight, '7']]));
      expect(fixed.lines[0]).toMatchObject({ text: '7+1=', value: '8', unsure: false });
      expect(fixed.lines[0]!.symbols[0]).toMatchObject({ symbol: '7', corrected: true });
      // The other line is as it was read, its doubtful layout still on offer.
      expect(fixed.lines[1]).toMatchObject({ text: '2^3', value: '8', unsure: true });
      expect(fixed.lines[1]!.otherLayout).toMatchObject({ text: '23' });
      // The drawing's reading is joined again from the lines.
      expect(fixed).toMatchObject({ text: '7+1=\n2^3', value: null, unsure: true });
      expect(fixed.error?.code).toBe('several-lines');
      expect(fixed.symbols.map((s) => s.symbol)).toEqual(['7', '+', '1', '=', '2', '3']);
      // The exponent's base counts in the joined symbols.
      expect(fixed.symbols[5]!.place).toMatchObject({ role: 'exponent', base: 4 });
    });

    it("keeps each line's layout choice to that line", () => {
      const ink = [...NEAR, ...LOWER].map(([, box]) => stroke(box));
      const read = (): RecognitionWithImages =>
        joinLines([readLine(NEAR, 0), readLine(LOWER, NEAR.length)]);
      const first = correctRecognition(read(), ink, null, new Map());
      const [upper, lower] = first.lines;
      expect(upper!.layoutKey).toEqual(expect.any(String));
      expect(lower!.layoutKey).toEqual(expect.any(String));
      expect(upper!.layoutKey).not.toBe(lower!.layoutKey);
      // Several lines have no one layout to choose at the top.
      expect(first).not.toHaveProperty('layoutKey');

      const chosen = correctRecognition(read(), ink, null, new Map(), new Set([lower!.layoutKey!]));
      expect(chosen.lines[0]).toMatchObject({ text: '2^3', value: '8', unsure: true });
      expect(chosen.lines[1]).toMatchObject({ text: '23', value: '23', unsure: false });
      expect(chosen.lines[1]!.otherLayout).toMatchObject({ text: '2^3' });
      expect(chosen.text).toBe('2^3\n23');
    });

    it('leaves a recognition as it was read when no correction names its strokes', () => {
      const { ink, recognition } = twoLines();
      // A correction of an 8 since undone, drawn with a stroke of its own.
      const undone = symbolKey(recognition.lines[0]!.symbols[0]!, [stroke(SUM[0]![1])], null);
      const shown = correctRecognition(recognition, ink, null, new Map([[undone, '7']]));
      expect(shown.lines[0]).toBe(recognition.lines[0]);
      expect(shown.text).toBe('8+1=\n2^3');
    });
  });
});
