import { describe, expect, it } from 'vitest';
import type { RecognizedSymbol } from '../pipeline/types.ts';
import { linearText } from '../pipeline/math/linearText.ts';
import { composeScene } from './composeScene.ts';
import type { Shown } from './correctRecognition.ts';

const SURFACE = { width: 824, height: 424 };

function symbol(s: string, box: RecognizedSymbol['box'], strokes?: number[]): RecognizedSymbol {
  return { symbol: s, confidence: 0.99, box, alternatives: [], ...(strokes ? { strokes } : {}) };
}

function reading(symbols: RecognizedSymbol[], value: string | null): Shown {
  return {
    text: linearText(symbols).text,
    latex: '',
    value,
    approx: null,
    check: null,
    symbols,
    error: null,
    unsure: false,
    lines: [],
  };
}

// `1=` photographed: a 400×200 photo, shown at full height (scale 2) in the middle.
const photo = { bitmap: { width: 400, height: 200 } };
const photoReading = reading(
  [symbol('1', [100, 50, 20, 80]), { ...symbol('=', [150, 80, 40, 20]), confidence: 0.5 }],
  '1',
);

describe('composeScene', () => {
  it("shows a photo's symbols where the photo shows them, and writes the answer after the =", () => {
    const scene = composeScene(photoReading, { ink: [], photo }, SURFACE, 1);
    expect(scene.photo?.place).toMatchObject({ scale: 2, x: 12, y: 12 });
    expect(scene.boxes).toEqual([
      { box: [212, 112, 40, 160], unsure: false, selected: false },
      { box: [312, 172, 80, 40], unsure: true, selected: true },
    ]);
    expect(scene.answer.length).toBeGreaterThan(0);
    // Sized like the photo's digits as the surface shows them, after the `=`.
    expect(scene.answerHeight).toBeCloseTo(160);
    expect(Math.min(...scene.answer.flat().map((p) => p[0]))).toBeGreaterThan(312 + 80);
  });

  it('keeps the boxes of ink in ink units, with no photo', () => {
    const ink = [[[0, 0] as const, [0, 40] as const]];
    const scene = composeScene(
      reading([symbol('1', [0, 0, 1, 40], [0])], '1'),
      { ink, photo: null },
      SURFACE,
      null,
    );
    expect(scene.photo).toBeNull();
    expect(scene.strokes).toBe(ink);
    expect(scene.boxes.map((b) => b.box)).toEqual([[0, 0, 1, 40]]);
  });

  it('hides a pending reading of the other kind: ink read before the photo, or the reverse', () => {
    const inkReading = reading([symbol('7', [10, 10, 30, 60], [0])], '7');
    expect(composeScene(inkReading, { ink: [], photo }, SURFACE, null)).toMatchObject({
      boxes: [],
      answer: [],
    });
    expect(composeScene(photoReading, { ink: [], photo: null }, SURFACE, null)).toMatchObject({
      boxes: [],
      answer: [],
    });
  });
});
