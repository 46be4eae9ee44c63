import { describe, expect, it } from 'vitest';
import { joinLines } from '../pipeline/joinLines.ts';
import { solveReading } from '../pipeline/layout/solveReading.ts';
import type { LineReading, RecognizedSymbol } from '../pipeline/types.ts';
import { composeScene } from './composeScene.ts';
import type { Shown } from './correctRecognition.ts';
import type { PagePoint } from './layoutHandwriting.ts';
import type { SceneAnswer } from './renderScene.ts';

const SURFACE = { width: 824, height: 424 };

function symbol(s: string, box: RecognizedSymbol['box'], strokes?: number[]): RecognizedSymbol {
  return { symbol: s, confidence: 0.99, box, alternatives: [], ...(strokes ? { strokes } : {}) };
}

/** A line of these symbols, read and solved as the pipeline does. */
function line(symbols: RecognizedSymbol[], unsure = false): LineReading {
  const read = solveReading(symbols);
  const x = Math.min(...symbols.map((s) => s.box[0]));
  const y = Math.min(...symbols.map((s) => s.box[1]));
  const right = Math.max(...symbols.map((s) => s.box[0] + s.box[2]));
  const bottom = Math.max(...symbols.map((s) => s.box[1] + s.box[3]));
  const { text, value, approx, check, latex, error } = read;
  const box = [x, y, right - x, bottom - y] as const;
  const doubts = unsure ? (['symbols'] as const) : [];
  return { text, value, approx, check, latex, unsure, doubts, box, symbols: read.symbols, error };
}

function reading(symbols: RecognizedSymbol[]): Shown {
  return joinLines([line(symbols)]);
}

/** Every point of an answer's strokes. */
const points = (answer: SceneAnswer | undefined): PagePoint[] => answer?.strokes.flat() ?? [];

// `1=` photographed: a 400×200 photo, shown at full height (scale 2) in the middle.
const photo = { bitmap: { width: 400, height: 200 } };
const photoReading = reading([
  symbol('1', [100, 50, 20, 80]),
  { ...symbol('=', [150, 80, 40, 20]), confidence: 0.5 },
]);

describe('composeScene', () => {
  it("shows a photo's symbols where the photo shows them, and writes the answer after the =", () => {
    const scene = composeScene(photoReading, { ink: [], photo }, SURFACE, 1);
    expect(scene.photo?.place).toMatchObject({ scale: 2, x: 12, y: 12 });
    expect(scene.boxes).toEqual([
      { box: [212, 112, 40, 160], unsure: false, selected: false },
      { box: [312, 172, 80, 40], unsure: true, selected: true },
    ]);
    expect(scene.answers).toHaveLength(1);
    // Sized like the photo's digits as the surface shows them, after the `=`.
    expect(scene.answers[0]!.height).toBeCloseTo(160);
    expect(Math.min(...points(scene.answers[0]).map((p) => p[0]))).toBeGreaterThan(312 + 80);
  });

  it('keeps the boxes of ink in ink units, with no photo', () => {
    const ink = [[[0, 0] as const, [0, 40] as const]];
    const scene = composeScene(
      reading([symbol('1', [0, 0, 1, 40], [0])]),
      { ink, photo: null },
      SURFACE,
      null,
    );
    expect(scene.photo).toBeNull();
    expect(scene.strokes).toBe(ink);
    expect(scene.boxes.map((b) => b.box)).toEqual([[0, 0, 1, 40]]);
  });

  it('hides a pending reading of the other kind: ink read before the photo, or the reverse', () => {
    const inkReading = reading([
      symbol('7', [10, 10, 30, 60], [0]),
      symbol('=', [50, 30, 30, 20], [1]),
    ]);
    expect(composeScene(inkReading, { ink: [], photo }, SURFACE, null)).toMatchObject({
      boxes: [],
      answers: [],
    });
    expect(composeScene(photoReading, { ink: [], photo: null }, SURFACE, null)).toMatchObject({
      boxes: [],
      answers: [],
    });
  });

  describe('with several lines', () => {
    // `12+7=` in digits 60 high, and under it `3×4=` in digits 40 high, read unsure.
    const upper = line([
      symbol('1', [20, 20, 20, 60], [0]),
      symbol('2', [50, 20, 36, 60], [1]),
      symbol('+', [96, 36, 30, 30], [2, 3]),
      symbol('7', [136, 20, 36, 60], [4]),
      symbol('=', [182, 40, 36, 20], [5, 6]),
    ]);
    const lower = line(
      [
        symbol('3', [20, 140, 26, 40], [7]),
        symbol('×', [56, 150, 20, 20], [8, 9]),
        symbol('4', [86, 140, 26, 40], [10]),
        symbol('=', [122, 152, 24, 14], [11, 12]),
      ],
      true,
    );
    const both = joinLines([upper, lower]);

    it("writes each line's answer after its own `=`, sized to its digits", () => {
      const scene = composeScene(both, { ink: [], photo: null }, SURFACE, null);
      expect(scene.answers.map((a) => [a.height, a.unsure])).toEqual([
        [60, false],
        [40, true],
      ]);
      const [first, second] = scene.answers.map(points);
      expect(Math.min(...first!.map((p) => p[0]))).toBeGreaterThan(182 + 36);
      expect(Math.max(...first!.map((p) => p[1]))).toBeLessThanOrEqual(80 + 1);
      expect(Math.min(...second!.map((p) => p[0]))).toBeGreaterThan(122 + 24);
      expect(Math.min(...second!.map((p) => p[1]))).toBeGreaterThanOrEqual(140 - 1);
      // The selected symbol counts in the joined symbols: the lower line's 4.
      const selected = composeScene(both, { ink: [], photo: null }, SURFACE, 7);
      expect(selected.boxes.findIndex((b) => b.selected)).toBe(7);
    });

    it('leaves out only the answers of the lines a pending change touches', () => {
      const touched = composeScene(both, { ink: [], photo: null }, SURFACE, null, [
        [300, 150, 10, 20],
      ]);
      expect(touched.answers.map((a) => a.height)).toEqual([60]);
      // A stroke on a line of its own, between or below, leaves every answer where it was.
      const apart = composeScene(both, { ink: [], photo: null }, SURFACE, null, [
        [20, 250, 30, 40],
      ]);
      expect(apart.answers).toHaveLength(2);
    });

    it("writes an answer with no room after its `=` under its line, unless the next line's ink is there", () => {
      const narrow = { width: 240, height: 424 };
      const alone = composeScene(
        reading([...upper.symbols]),
        { ink: [], photo: null },
        narrow,
        null,
      );
      expect(Math.min(...points(alone.answers[0]).map((p) => p[1]))).toBeGreaterThan(80);
      const crowded = composeScene(both, { ink: [], photo: null }, narrow, null);
      expect(Math.max(...points(crowded.answers[0]).map((p) => p[1]))).toBeLessThanOrEqual(81);
    });
  });
});
