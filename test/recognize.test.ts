// Integration: the whole recognition pipeline with the real ONNX model. The model is
// being retrained, so these tests only assert what any sane model satisfies: shapes,
// bookkeeping, units, batching and the geometry's decisions, never a particular reading
// of an ambiguous drawing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMPTY_RECOGNITION,
  recognize,
  type RecognitionWithImages,
} from '../src/pipeline/recognize.ts';
import { inkBounds } from '../src/pipeline/geometry/inkBounds.ts';
import { connectedComponents } from '../src/pipeline/bitmap/connectedComponents.ts';
import { inkMap } from '../src/pipeline/bitmap/inkMap.ts';
import { JOINED_POWER } from '../src/pipeline/bitmap/testPaper.ts';
import { readingMemo } from '../src/pipeline/readingMemo.ts';
import { strokeLines } from '../src/pipeline/segment/strokeLines.ts';
import { adaptClassifier } from '../src/pipeline/score/adaptClassifier.ts';
import { REJECT, UNREADABLE } from '../src/pipeline/score/symbolClasses.ts';
import { solve } from '../src/pipeline/math/solve.ts';
import type { Classifier, GreyImage, Ink, ModelImage } from '../src/pipeline/types.ts';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { allFixtures, fixture, type InkFixture } from './fixtures/ink/index.ts';

let model: NodeClassifier;

/** The real classifier, counting calls and batch sizes (it delegates; it is not a mock). */
interface Counting extends Classifier {
  readonly batches: number[];
}
function counting(): Counting {
  const batches: number[] = [];
  return {
    labels: model.labels,
    batches,
    classify(images: readonly ModelImage[]): Promise<Float32Array[]> {
      batches.push(images.length);
      return model.classify(images);
    },
    ...(model.classifySequences ? { classifySequences: model.classifySequences } : {}),
  };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const scaleInk = (ink: Ink, k: number, dx: number, dy: number): Ink =>
  ink.map((s) => s.map(([x, y, t]) => [x * k + dx, y * k + dy, t] as const));

/** White paper, black round-pen ink: the strokes drawn into a bitmap. */
function drawBitmap(ink: Ink, width: number, height: number, pen = 3): GreyImage {
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const stroke of ink) {
    for (let i = 0; i < stroke.length; i++) {
      const a = stroke[Math.max(0, i - 1)]!;
      const b = stroke[i]!;
      const [ax, ay, bx, by] = [a[0], a[1], b[0], b[1]];
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
      for (let y = Math.floor(Math.min(ay, by) - pen - 1); y <= Math.max(ay, by) + pen + 1; y++) {
        for (let x = Math.floor(Math.min(ax, bx) - pen - 1); x <= Math.max(ax, bx) + pen + 1; x++) {
          if (x < 0 || y < 0 || x >= width || y >= height) continue;
          const t =
            len2 > 0
              ? Math.min(
                  1,
                  Math.max(0, ((x + 0.5 - ax) * (bx - ax) + (y + 0.5 - ay) * (by - ay)) / len2),
                )
              : 0;
          const d = Math.hypot(x + 0.5 - (ax + t * (bx - ax)), y + 0.5 - (ay + t * (by - ay)));
          const cover = Math.min(1, Math.max(0, pen + 0.5 - d));
          const k = y * width + x;
          data[k] = Math.min(data[k]!, Math.round(255 * (1 - cover)));
        }
      }
    }
  }
  return { width, height, data };
}

/** Symbol-level invariants that hold for any model. */
function expectWellFormed(r: RecognitionWithImages, labels: readonly string[]): void {
  expect(r.text).toBe(r.symbols.map((s) => s.symbol).join(''));
  const { value, approx, check, error } = solve(r.text);
  expect({ value: r.value, approx: r.approx, check: r.check, error: r.error }).toEqual({
    value,
    approx,
    check,
    error,
  });
  for (const s of r.symbols) {
    expect(s.symbol === UNREADABLE || (labels.includes(s.symbol) && s.symbol !== REJECT)).toBe(
      true,
    );
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.box).toHaveLength(4);
    expect(s.box.every(Number.isFinite)).toBe(true);
    expect(s.box[2]).toBeGreaterThanOrEqual(0);
    expect(s.box[3]).toBeGreaterThanOrEqual(0);
    expect(s.alternatives).toHaveLength(3);
    const names = s.alternatives.map((a) => a.symbol);
    expect(names).not.toContain(s.symbol);
    expect(names).not.toContain(REJECT);
    expect(new Set(names).size).toBe(3);
    for (let i = 1; i < 3; i++)
      expect(s.alternatives[i - 1]!.p).toBeGreaterThanOrEqual(s.alternatives[i]!.p);
    for (const a of s.alternatives) {
      expect(a.p).toBeGreaterThanOrEqual(0);
      expect(a.p).toBeLessThanOrEqual(1);
    }
    // Only the sequence step picks a symbol below its alternative, and its repair is a doubt.
    if (s.symbol !== UNREADABLE && s.confidence < s.alternatives[0]!.p) expect(r.unsure).toBe(true);
  }
  // An answer is unsure exactly when a doubt is named, each once.
  for (const reading of [r, ...r.lines]) {
    expect(reading.unsure).toBe(reading.doubts.length > 0);
    expect(new Set(reading.doubts).size).toBe(reading.doubts.length);
  }
  // Symbols read left to right.
  for (let i = 1; i < r.symbols.length; i++) {
    const a = r.symbols[i - 1]!.box;
    const b = r.symbols[i]!.box;
    expect(a[0] + a[2] / 2).toBeLessThanOrEqual(b[0] + b[2] / 2);
  }
}

/** Fixtures whose geometry leaves exactly one grouping: the symbol count is the model's no matter. */
const unambiguous = allFixtures.filter((f) => !f.name.startsWith('12'));

beforeAll(async () => {
  model = await loadNodeClassifier('models/symbols.onnx');
});
afterAll(async () => {
  await model?.close();
});

describe('recognize (strokes, real model)', () => {
  it('returns the exact empty result for no ink, and does not call the model', async () => {
    const c = counting();
    for (const strokes of [[], [[]], [[], [], []]] as Ink[]) {
      const r = await recognize({ strokes }, c);
      expect(r).toEqual({
        text: '',
        latex: '',
        value: null,
        approx: null,
        check: null,
        symbols: [],
        error: null,
        unsure: false,
        doubts: [],
        lines: [],
      });
      expect(r).toEqual(EMPTY_RECOGNITION);
    }
    expect(c.batches).toEqual([]);
  });

  it.each(allFixtures.map((f) => [f.name, f] as const))(
    '%s: well-formed, one batched model call',
    async (_n, f) => {
      const c = counting();
      const r = await recognize({ strokes: f.strokes }, c);
      expectWellFormed(r, model.labels);
      expect(c.batches).toHaveLength(1);
      expect(c.batches[0]).toBeGreaterThanOrEqual(r.symbols.length);
      // Every stroke belongs to exactly one symbol; indexes are sorted within a symbol.
      const used = r.symbols.flatMap((s) => s.strokes ?? []);
      expect([...used].sort((a, b) => a - b)).toEqual(f.strokes.map((_, i) => i));
      for (const s of r.symbols) {
        expect(s.strokes).toEqual([...s.strokes!].sort((a, b) => a - b));
        // The box is the ink of its strokes, in the caller's units.
        const b = inkBounds(f.strokes, s.strokes);
        expect(s.box).toEqual([b.x, b.y, b.w, b.h]);
      }
    },
  );

  it.each(unambiguous.map((f) => [f.name, f] as const))(
    '%s: the geometry alone fixes the grouping into symbols',
    async (_n, f) => {
      const r = await recognize({ strokes: f.strokes }, model);
      expect(r.symbols.map((s) => s.strokes)).toEqual(f.symbols);
      expect(r.symbols).toHaveLength([...f.text].length);
    },
  );

  it('ignores empty strokes and reports the caller’s original stroke indexes', async () => {
    const f = fixture('1+2');
    const clean = await recognize({ strokes: f.strokes }, model);
    // Empty strokes (a tap the pen never registered) before, between and after.
    const s = f.strokes;
    const padded: Ink = [[], s[0]!, [], [], s[1]!, s[2]!, [], s[3]!, []];
    const at = [1, 4, 5, 7]; // where original stroke i now lives
    const r = await recognize({ strokes: padded }, model);
    expect(r.text).toBe(clean.text);
    expect(r.symbols).toHaveLength(clean.symbols.length);
    r.symbols.forEach((sym, k) => {
      const before = clean.symbols[k]!;
      expect(sym.strokes).toEqual(before.strokes!.map((i) => at[i]));
      expect(sym.box).toEqual(before.box);
      expect(sym.confidence).toBe(before.confidence);
      for (const i of sym.strokes!) expect(padded[i]!.length).toBeGreaterThan(0);
    });
  });

  it.each(['1+2', '7-1', '(3)', 'divide'])(
    '%s: boxes are in input units (×1 vs ×1000 and shifted reads the same)',
    async (name) => {
      const f = fixture(name);
      const [k, dx, dy] = [1000, -75_000, 12_345];
      const a = await recognize({ strokes: f.strokes }, model);
      const b = await recognize({ strokes: scaleInk(f.strokes, k, dx, dy) }, model);
      expect(b.text).toBe(a.text);
      expect(b.value).toBe(a.value);
      expect(b.symbols).toHaveLength(a.symbols.length);
      a.symbols.forEach((s, i) => {
        const t = b.symbols[i]!;
        expect(t.strokes).toEqual(s.strokes);
        expect(t.confidence).toBeCloseTo(s.confidence, 3);
        expect(t.box[0]).toBeCloseTo(s.box[0] * k + dx, 6);
        expect(t.box[1]).toBeCloseTo(s.box[1] * k + dy, 6);
        expect(t.box[2]).toBeCloseTo(s.box[2] * k, 6);
        expect(t.box[3]).toBeCloseTo(s.box[3] * k, 6);
      });
    },
  );

  it('reads each line of writing as its own calculation, as that line alone, in one model call', async () => {
    const names = ['1+2', '7-1', '(3)'];
    const alone = await Promise.all(
      names.map((n) => recognize({ strokes: fixture(n).strokes }, model)),
    );
    // One below the other, a line and a half apart; each line's strokes after the last's.
    const page: Ink = names.flatMap((n, k) => scaleInk(fixture(n).strokes, 1, 0, k * 250));
    const c = counting();
    const r = await recognize({ strokes: page }, c);
    expect(c.batches).toHaveLength(1);
    expect(r.lines.map((l) => l.text)).toEqual(alone.map((a) => a.text));
    expect(r.lines.map((l) => l.value)).toEqual(alone.map((a) => a.value));
    let first = 0;
    r.lines.forEach((line, k) => {
      const own = alone[k]!;
      expect(line.error).toEqual(own.error);
      expect(line.latex).toBe(own.latex);
      expect(line.unsure).toBe(own.unsure);
      expect(line.box[1]).toBeCloseTo(Math.min(...own.symbols.map((s) => s.box[1])) + k * 250, 6);
      expect(line.symbols.map((s) => s.strokes)).toEqual(
        own.symbols.map((s) => s.strokes!.map((i) => i + first)),
      );
      first += fixture(names[k]!).strokes.length;
    });
    expect(r.text).toBe(alone.map((a) => a.text).join('\n'));
    expect({ value: r.value, approx: r.approx, check: r.check }).toEqual({
      value: null,
      approx: null,
      check: null,
    });
    expect(r.error?.code).toBe('several-lines');
    expect(r.symbols).toEqual(r.lines.flatMap((l) => l.symbols));
  });

  it('sets the reject share aside for symbols no other grouping came close to, drawn or pictured', async () => {
    // A model that finds all ink odd: half of every row goes to the reject class.
    const reject = model.labels.indexOf(REJECT);
    const odd: Classifier = {
      labels: model.labels,
      classify: async (images) =>
        (await model.classify(images)).map((row) =>
          row.map((p, i) => 0.5 * p + (i === reject ? 0.5 : 0)),
        ),
    };
    const plainModel: Classifier = { labels: model.labels, classify: model.classify };
    const strokes = fixture('1+2').strokes;
    const image = drawBitmap(scaleInk(strokes, 1, -120, -60), 260, 160);
    for (const input of [{ strokes }, { image }]) {
      const plain = await recognize(input, plainModel);
      const settled = await recognize(input, odd);
      const doubted = await recognize(input, odd, { without: ['settled-grouping'] });
      expect(settled.text).toBe('1+2');
      expect([plain.text, doubted.text]).toEqual(['1+2', '1+2']);
      settled.symbols.forEach((s, j) => {
        expect(s.confidence).toBeCloseTo(plain.symbols[j]!.confidence, 2);
        expect(doubted.symbols[j]!.confidence).toBeLessThan(0.6 * s.confidence);
      });
      expect(doubted.unsure).toBe(true);
    }
  });

  it('hears the trajectory model on every picture of strokes, in one call, and never on pictures', async () => {
    const sent: number[] = [];
    const both: Classifier = {
      labels: model.labels,
      classify: (images) => model.classify(images),
      classifySequences: (sequences) => {
        sent.push(sequences.length);
        return model.classifySequences!(sequences);
      },
    };
    const names = ['1+2', '7-1'];
    const page: Ink = names.flatMap((n, k) => scaleInk(fixture(n).strokes, 1, 0, k * 250));
    const pictures: number[] = [];
    const imagesOnly: Classifier = {
      labels: model.labels,
      classify: (images) => {
        pictures.push(images.length);
        return model.classify(images);
      },
    };
    const alone = await recognize({ strokes: page }, imagesOnly);
    const heard = await recognize({ strokes: page }, both);
    expect(sent).toEqual(pictures);
    // Its word moves the confidences: the two models read different evidence.
    const confidences = (r: RecognitionWithImages): number[] => r.symbols.map((x) => x.confidence);
    expect(confidences(heard)).not.toEqual(confidences(alone));
    await recognize(
      { image: drawBitmap(scaleInk(fixture('1+2').strokes, 1, -120, -60), 260, 160) },
      both,
    );
    expect(sent).toHaveLength(1);
  });

  it('reads a page stroke by stroke with a memo as from scratch, sending only changed lines to the model', async () => {
    const names = ['1+2', '7-1', '(3)', 'divide'];
    const page: Ink = names.flatMap((n, k) => scaleInk(fixture(n).strokes, 1, 0, k * 250));
    const memo = readingMemo();
    for (let n = 1; n <= page.length; n++) {
      const c = counting();
      const drawn = page.slice(0, n);
      const r = await recognize({ strokes: drawn }, c, { memo });
      expect(r).toEqual(await recognize({ strokes: drawn }, model));
      // Only the line the newest stroke is on goes to the model.
      const line = strokeLines(drawn).find((l) => l.includes(n - 1))!;
      const own = counting();
      await recognize({ strokes: line.map((i) => drawn[i]!) }, own);
      expect(sum(c.batches)).toBeLessThanOrEqual(sum(own.batches));
    }
    // A stroke added to the first line, after the others: that line alone is read again.
    const dot: Ink = [
      ...page,
      [
        [400, 60],
        [401, 61],
      ],
    ];
    const c = counting();
    const r = await recognize({ strokes: dot }, c, { memo });
    expect(r).toEqual(await recognize({ strokes: dot }, model));
    const first = strokeLines(dot)[0]!;
    const own = counting();
    await recognize({ strokes: first.map((i) => dot[i]!) }, own);
    expect(sum(c.batches)).toBeLessThanOrEqual(sum(own.batches));
  });

  it('keeps nothing of a reading in flight when the memo is cleared meanwhile', async () => {
    const memo = readingMemo();
    let release = (): void => {};
    const slow: Classifier = {
      labels: model.labels,
      async classify(images) {
        await new Promise<void>((resolve) => (release = resolve));
        return model.classify(images);
      },
    };
    const reading = recognize({ strokes: fixture('1+2').strokes }, slow, { memo });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A correction taught while the model runs: what it says may have changed.
    memo.clear();
    release();
    expect((await reading).text).toBe(
      (await recognize({ strokes: fixture('1+2').strokes }, model)).text,
    );
    expect([memo.lines.size, memo.scores.size, memo.pictures.size]).toEqual([0, 0, 0]);
  });

  it('sends a pen-up the same number of pictures whatever else the sheet holds', async () => {
    /** Drawings side by side, half a digit apart, on a row `dy` down the sheet. */
    const row = (names: readonly string[], dy: number, from = 0): Ink =>
      names.flatMap((name, k) => scaleInk(fixture(name).strokes, 1, (from + k) * 260, dy));
    /** The pictures sent for each stroke of `adding` written after `before`, with a memo. */
    const sent = async (before: Ink, adding: Ink): Promise<number[]> => {
      const memo = readingMemo();
      if (before.length > 0) await recognize({ strokes: before }, model, { memo });
      const counts: number[] = [];
      for (let n = 1; n <= adding.length; n++) {
        const c = counting();
        const drawn = [...before, ...adding.slice(0, n)];
        const r = await recognize({ strokes: drawn }, c, { memo });
        expect(r).toEqual(await recognize({ strokes: drawn }, model));
        counts.push(sum(c.batches));
      }
      return counts;
    };
    // A line written alone, and the same line under seven lines of other drawings.
    const others = ['(3)', 'divide', 'times', 'equals', 'plus', '4'];
    const line = row(['1+2', '7-1'], 7 * 250);
    const alone = await sent([], line);
    expect(alone.every((n) => n > 0)).toBe(true);
    const sheet = Array.from({ length: 7 }, (_, k) => row(others, k * 250)).flat();
    expect(await sent(sheet, line)).toEqual(alone);
    // A drawing added at the end of a line after one other drawing, and after five.
    const last = row(['7-1'], 0, 6);
    expect(await sent(row(others.slice(4, 5), 0, 5), last)).toEqual(
      await sent(row(others.slice(0, 5), 0, 1), last),
    );
  });

  it('returns one 28×28 image per symbol with withImages, and none without', async () => {
    const f = fixture('7-1');
    const plain = await recognize({ strokes: f.strokes }, model);
    expect(plain).not.toHaveProperty('images');
    const r = await recognize({ strokes: f.strokes }, model, { withImages: true });
    expect(r.images).toHaveLength(r.symbols.length);
    for (const img of r.images!) {
      expect(img).toHaveLength(28 * 28);
      expect(img.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
      expect(Math.max(...img)).toBeGreaterThan(0.5);
    }
    expect({ ...r, images: undefined }).toEqual({ ...plain, images: undefined });
  });

  it('shows every symbol as ? below minConfidence, with an unreadable-symbol error', async () => {
    const r = await recognize({ strokes: fixture('1+2').strokes }, model, { minConfidence: 1.01 });
    expect(r.text).toBe('???');
    expect(r.value).toBeNull();
    expect(r.error?.code).toBe('unreadable-symbol');
    for (const s of r.symbols) {
      expect(s.alternatives).toHaveLength(3);
      expect(s.alternatives.map((a) => a.symbol)).not.toContain(REJECT);
    }
  });

  it('does not read one stroke as `=` or `÷`, whatever its pixels look like', async () => {
    // A bar gone over twice, stair-stepped like a coarse tablet's, with a hooked end: as
    // pixels two bars; drawn in one stroke, so not a `=`.
    const bar: Ink = [
      [
        [0, 10],
        [10, 10],
        [10, 0],
        [40, 0],
        [40, 3],
        [80, 3],
        [86, 10],
        [80, 14],
        [50, 14],
        [50, 17],
        [10, 17],
      ],
    ];
    const r = await recognize({ strokes: bar }, model);
    expect(r.symbols).toHaveLength(1);
    expect(['=', '÷']).not.toContain(r.symbols[0]!.symbol);
  });

  it('lets a correction outweigh the priors for look-alikes: a writer whose `=` is one `z`', async () => {
    const z = (dy: number, dx: number, reach: number): Ink => [
      [
        [0, dy],
        [60 - dx, 0],
        [5 + dx, 30 - dy],
        [65 + reach, 30],
      ],
    ];
    const drawn = await recognize({ strokes: z(0, 0, 0) }, model, { withImages: true });
    expect(drawn.text).toBe('2');
    // The user taps it and picks `=`; later they write it again, a little differently
    // (cosine 0.94 between the two images: alike, not the same shape).
    const adapted = adaptClassifier(model, () => [{ image: drawn.images![0]!, label: '=' }]);
    const again = z(0, 4, 5);
    expect((await recognize({ strokes: again }, adapted)).text).toBe('=');
    // Without the correction's adjustment, the model and the one-stroke odds read `2`.
    expect((await recognize({ strokes: again }, adapted, { without: ['taught'] })).text).toBe('2');
  });

  it('reads an open `4` whose stem stands apart as one `4`, not `-1`', async () => {
    // The `∟` in the top third, the stem a quarter of its height to the right: traced
    // from the open 4s of ink-dev that were read `-1`.
    const four: Ink = [
      [
        [5, 0],
        [2, 30],
        [0, 60],
        [40, 66],
        [80, 70],
      ],
      [
        [140, 10],
        [138, 120],
        [135, 240],
      ],
    ];
    const r = await recognize({ strokes: four }, model);
    expect(r.text).toBe('4');
    expect(r.symbols[0]!.strokes).toEqual([0, 1]);
    // The same ink with far joins turned off is two symbols.
    const old = await recognize({ strokes: four }, model, { segment: { farGap: 0 } });
    expect(old.symbols).toHaveLength(2);
  });

  it('takes no dot for lost in a `=` whose short bar is dot-sized', async () => {
    // `1+2=` with the `=`'s second bar cut to a dash a sixth of the digits' height: it
    // stands on the first bar, so segmentation never offers it alone as a dot.
    const [top, bottom] = scaleInk(fixture('equals').strokes, 1, 250, 0);
    const dash = bottom!.filter(([x]) => x <= bottom![0]![0] + 16);
    const page: Ink = [...fixture('1+2').strokes, top!, dash];
    const r = await recognize({ strokes: page }, model);
    expect(r.text).toBe('1+2=');
    expect(r.symbols.map((s) => s.confidence).every((c) => c >= 0.7)).toBe(true);
    expect(r.unsure).toBe(false);
  });

  it('keeps crossing strokes in one symbol, and binds no others', async () => {
    // A `4` as an open corner and a slanted stem that crosses its bar: geometry alone
    // leaves both groupings open (the stem stands at the corner's edge).
    const four: Ink = [
      [
        [0, 0],
        [0, 30],
        [0, 60],
        [35, 60],
        [70, 60],
      ],
      [
        [45, 0],
        [60, 50],
        [75, 100],
      ],
    ];
    const kept = await recognize({ strokes: four }, model);
    expect(kept.symbols.map((s) => s.strokes)).toEqual([[0, 1]]);
    // Strokes that do not cross are not bound by it: the same reading with it or without.
    const close = fixture('12-close').strokes;
    const free = await recognize({ strokes: close }, model, { without: ['crossing-cost'] });
    const costly = await recognize({ strokes: close }, model);
    expect(costly.symbols.map((s) => s.strokes)).toEqual(free.symbols.map((s) => s.strokes));
  });

  it('passes segmentation options through (a huge maxGap lets the model join 7-1 differently or not)', async () => {
    const c = counting();
    await recognize({ strokes: fixture('7-1').strokes }, c);
    await recognize({ strokes: fixture('7-1').strokes }, c, { segment: { maxGap: 10 } });
    // More candidate groupings, still one batched call per drawing.
    expect(c.batches).toHaveLength(2);
    expect(c.batches[1]).toBeGreaterThan(c.batches[0]!);
  });

  it('offers the slices of digits written in one stroke as candidates, naming the stroke once', async () => {
    // `10` without lifting the pen: down the 1, along the foot, round the 0.
    const loop = Array.from({ length: 41 }, (_, i) => {
      const a = Math.PI / 2 + (i / 40) * 2 * Math.PI;
      return [125 + 30 * Math.cos(a), 70 + 50 * Math.sin(a)] as const;
    });
    const ten: Ink = [[[40, 20], [40, 120], [120, 120], ...loop]];
    const c = counting();
    const whole = await recognize({ strokes: ten }, c, { sliceStrokes: null });
    expect(whole.symbols).toHaveLength(1);
    const sliced = await recognize({ strokes: ten }, c);
    expectWellFormed(sliced, model.labels);
    // Two slices and their union, in the one call; the model picks the grouping.
    expect(c.batches).toEqual([1, 3]);
    for (const s of sliced.symbols) expect(s.strokes).toEqual([0]);
  });
});

describe('recognize (bitmap, real model)', () => {
  const drawing = (f: InkFixture): GreyImage =>
    drawBitmap(scaleInk(f.strokes, 1, -120, -60), 260, 160);

  it('reads a drawn bitmap: symbols without strokes, boxes in pixels, one model call', async () => {
    const f = fixture('1+2');
    const c = counting();
    const r = await recognize({ image: drawing(f) }, c);
    expectWellFormed(r, model.labels);
    expect(c.batches).toHaveLength(1);
    expect(r.symbols).toHaveLength(3);
    for (const s of r.symbols) {
      expect(s).not.toHaveProperty('strokes');
      expect(s.box[0]).toBeGreaterThanOrEqual(0);
      expect(s.box[1]).toBeGreaterThanOrEqual(0);
      expect(s.box[0] + s.box[2]).toBeLessThanOrEqual(260);
      expect(s.box[1] + s.box[3]).toBeLessThanOrEqual(160);
    }
    // Each symbol's box sits on that symbol's ink, give or take the pen and its rim.
    f.symbols.forEach((group, k) => {
      const ink = inkBounds(scaleInk(f.strokes, 1, -120, -60), group);
      const box = r.symbols[k]!.box;
      expect(Math.abs(box[0] - ink.x)).toBeLessThanOrEqual(6);
      expect(Math.abs(box[1] - ink.y)).toBeLessThanOrEqual(6);
      expect(Math.abs(box[0] + box[2] - (ink.x + ink.w))).toBeLessThanOrEqual(6);
      expect(Math.abs(box[1] + box[3] - (ink.y + ink.h))).toBeLessThanOrEqual(6);
    });
  });

  it('reads a decimal point that a thick pen joined to the digit before it', async () => {
    // The `1` and the `2` of 1+2, with a tap just past the `1`'s foot: one blob with it.
    const [one, , , two] = fixture('1+2').strokes;
    const dot: Ink[number] = [
      [167, 193],
      [167.5, 193],
    ];
    const ink: Ink = [one!, dot, scaleInk([two!], 1, -100, 0)[0]!];
    const image = drawBitmap(ink, 320, 240, 4);
    expect(connectedComponents(inkMap(image)).components).toHaveLength(2);
    const r = await recognize({ image }, model);
    expect(r.text).toBe('1.2');
    expect(r.value).toBe('1.2');
  });

  it('reads a minus a picture broke in two as one minus, and no speck or hairline of the paper', async () => {
    // 7-1 with its minus drawn as a tick and then the bar, apart.
    const [seven, , one] = fixture('7-1').strokes;
    const minus: Ink = [
      [
        [229, 137],
        [231, 144],
      ],
      [
        [238, 140],
        [272, 139],
      ],
    ];
    const ink = scaleInk([seven!, ...minus, one!], 1, -120, -60);
    const image = drawBitmap(ink, 260, 160);
    const clean = connectedComponents(inkMap(image)).components;
    expect(clean).toHaveLength(4);
    const r = await recognize({ image }, model);
    expect(r.text).toBe('7-1');
    // A speck smaller than the pen on the baseline, and a hairline beside the `1`'s foot.
    const data = Uint8ClampedArray.from(image.data);
    for (let y = 127; y < 132; y++) for (let x = 172; x < 177; x++) data[y * 260 + x] = 0;
    for (let x = 200; x < 230; x++) data[129 * 260 + x] = 0;
    const paper: GreyImage = { ...image, data };
    expect(connectedComponents(inkMap(paper)).components).toHaveLength(6);
    expect((await recognize({ image: paper }, model)).text).toBe('7-1');
  });

  it('offers the slices of touching digits (one blob) as candidates, in the same call', async () => {
    // A `1` whose pen runs on along the bottom into a `0`: one connected component.
    const ten: Ink = [
      [
        [40, 20],
        [40, 120],
        [120, 120],
      ],
      Array.from({ length: 41 }, (_, i) => {
        const a = Math.PI / 2 + (i / 40) * 2 * Math.PI;
        return [125 + 30 * Math.cos(a), 70 + 50 * Math.sin(a)] as const;
      }),
    ];
    const image = drawBitmap(ten, 200, 150, 4);
    const c = counting();
    const whole = await recognize({ image }, c, { splitTouching: null });
    expect(whole.symbols).toHaveLength(1);
    const split = await recognize({ image }, c);
    expectWellFormed(split, model.labels);
    // Which grouping wins is the model's call; that the slices were offered is geometry's.
    expect(c.batches).toEqual([1, 3]);
  });

  it('offers an exponent a thick pen joined to its base apart, and the blob whole for free', async () => {
    // A `3` with a `4` joined to its top right: one blob.
    const power: Ink = [JOINED_POWER.base, ...JOINED_POWER.exponent];
    const image = drawBitmap(power, 200, 140, 3);
    expect(connectedComponents(inkMap(image)).components).toHaveLength(1);
    const c = counting();
    const r = await recognize({ image }, c, { splitTouching: null });
    // The blob, its base and its exponent, in one call.
    expect(c.batches).toEqual([3]);
    expect(r.value).toBe('81');
    // A model that reads every grouping alike keeps the blob whole: regrouping the pieces
    // of one blob is not joining an exponent to its base.
    const alike: Classifier = {
      labels: model.labels,
      classify: async (images) =>
        images.map(() => Float32Array.from(model.labels, (l) => (l === '8' ? 0.9 : 0.1 / 22))),
    };
    const whole = await recognize({ image }, alike, { splitTouching: null });
    expect(whole.text).toBe('8');
    // A number alone, read from a blob that was offered as base and exponent: to be checked.
    expect(whole.unsure).toBe(true);
  });

  it('reads a photo of the drawing lit unevenly as it reads the drawing lit evenly', async () => {
    const f = fixture('1+2');
    const even = drawing(f);
    // One corner in shadow (light down to 45 %), paper grain, as a phone photo has.
    let seed = 3;
    const data = even.data.map((v, i) => {
      const x = i % even.width;
      const y = Math.floor(i / even.width);
      const light = 1 - 0.55 * Math.min(1, Math.hypot(x / even.width, y / even.height) / 1.2);
      seed = (seed * 1103515245 + 12345) >>> 0;
      return Math.max(
        0,
        Math.min(255, Math.round((30 + 0.85 * v) * light + ((seed >>> 8) % 9) - 4)),
      );
    });
    const photo: GreyImage = { ...even, data };
    const a = await recognize({ image: even }, model);
    const b = await recognize({ image: photo }, model);
    expectWellFormed(b, model.labels);
    expect(b.text).toBe(a.text);
    b.symbols.forEach((s, k) => {
      for (let i = 0; i < 4; i++)
        expect(Math.abs(s.box[i]! - a.symbols[k]!.box[i]!)).toBeLessThanOrEqual(3);
    });
  });

  it('returns one image per symbol for a bitmap with withImages', async () => {
    const r = await recognize({ image: drawing(fixture('divide')) }, model, { withImages: true });
    expect(r.symbols).toHaveLength(1);
    expect(r.images).toHaveLength(1);
    expect(r.images![0]).toHaveLength(784);
  });

  it('returns the exact empty result for a blank page', async () => {
    const c = counting();
    const blank: GreyImage = { width: 120, height: 80, data: new Uint8Array(120 * 80).fill(250) };
    expect(await recognize({ image: blank }, c)).toEqual(EMPTY_RECOGNITION);
    expect(c.batches).toEqual([]);
  });
});
