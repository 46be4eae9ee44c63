import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allFixtures,
  fixture,
  multiStroke,
  type InkFixture,
} from '../../../test/fixtures/ink/index.ts';
import { bestSegmentations } from './bestSegmentations.ts';
import { inkBounds } from '../geometry/inkBounds.ts';
import { estimateLineHeight } from '../geometry/estimateLineHeight.ts';
import { fractionBar } from '../geometry/fractionBar.ts';
import { extendsBar } from '../geometry/extendsBar.ts';
import { holds } from '../geometry/holds.ts';
import { segmentCandidates, type Candidates, type Span } from './segmentCandidates.ts';
import { inkBox, type InkBox } from '../types.ts';

const strokeBoxes = (f: InkFixture): InkBox[] => f.strokes.map((s) => inkBounds([s]));

/** The part indexes a span groups. */
const members = (c: Candidates, s: Span): number[] => c.order.slice(s.from, s.to);

const key = (parts: readonly number[]): string => [...parts].sort((a, b) => a - b).join(',');

/** The width of the parts a span groups. */
const spanWidth = (boxes: readonly InkBox[], c: Candidates, s: Span): number => {
  const m = members(c, s).map((i) => boxes[i]!);
  return Math.max(...m.map((b) => b.x + b.w)) - Math.min(...m.map((b) => b.x));
};

/** Whether the spans can tile positions 0..n. */
function tiles(spans: readonly Span[], n: number): boolean {
  const reach = new Array<boolean>(n + 1).fill(false);
  reach[0] = true;
  for (let at = 0; at < n; at++) {
    if (!reach[at]) continue;
    for (const s of spans) if (s.from === at) reach[s.to] = true;
  }
  return reach[n] === true;
}

/** The horizontal gap between two groups of boxes (negative when they overlap in x). */
function gap(boxes: readonly InkBox[], left: readonly number[], right: readonly number[]): number {
  const leftEnd = Math.max(...left.map((i) => boxes[i]!.x + boxes[i]!.w));
  const rightStart = Math.min(...right.map((i) => boxes[i]!.x));
  return rightStart - leftEnd;
}

describe('segmentCandidates on recorded handwriting', () => {
  describe.each(allFixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const boxes = strokeBoxes(f);
    const c = segmentCandidates(boxes);

    it('orders every part once and proposes spans that tile the drawing', () => {
      expect([...c.order].sort((a, b) => a - b)).toEqual(boxes.map((_, i) => i));
      for (const s of c.spans) {
        expect(s.from).toBeGreaterThanOrEqual(0);
        expect(s.to).toBeGreaterThan(s.from);
        expect(s.to).toBeLessThanOrEqual(boxes.length);
      }
      expect(tiles(c.spans, boxes.length)).toBe(true);
    });

    it('never splits a multi-stroke symbol (each span holds all or none of its strokes)', () => {
      for (const symbol of f.symbols.filter((g) => g.length > 1)) {
        for (const s of c.spans) {
          const inside = members(c, s).filter((i) => symbol.includes(i)).length;
          expect(
            [0, symbol.length],
            `span ${key(members(c, s))} cuts symbol ${key(symbol)}`,
          ).toContain(inside);
        }
      }
    });

    it('never joins neighbours separated by a clear gap', () => {
      const clear = 0.2 * c.lineHeight;
      for (let a = 0; a < f.symbols.length; a++) {
        for (let b = a + 1; b < f.symbols.length; b++) {
          if (gap(boxes, f.symbols[a]!, f.symbols[b]!) <= clear) continue;
          for (const s of c.spans) {
            const m = members(c, s);
            const both =
              m.some((i) => f.symbols[a]!.includes(i)) && m.some((i) => f.symbols[b]!.includes(i));
            expect(both, `span ${key(m)} joins across a clear gap`).toBe(false);
          }
        }
      }
    });

    it('offers the correct grouping, which bestSegmentations picks when it scores highest', () => {
      const truth = new Set(f.symbols.map(key));
      const offered = new Set(c.spans.map((s) => key(members(c, s))));
      for (const symbol of f.symbols)
        expect(offered, `symbol ${key(symbol)}`).toContain(key(symbol));
      const score = c.spans.map((s) => (truth.has(key(members(c, s))) ? 0 : -1));
      const chosen = bestSegmentations(boxes.length, c.spans, score, 1)[0]!.spans.map((s) =>
        members(c, s),
      );
      expect(chosen.map(key)).toEqual(f.symbols.map(key));
    });

    it('is the same at any scale and position (×1000, shifted)', () => {
      const moved = boxes.map((b) =>
        inkBox(b.x * 1000 - 5e4, b.y * 1000 + 7, b.w * 1000, b.h * 1000),
      );
      const d = segmentCandidates(moved);
      expect(d.order).toEqual(c.order);
      expect(d.spans).toEqual(c.spans);
      expect(d.lineHeight).toBeCloseTo(c.lineHeight * 1000, 6);
    });
  });

  it('keeps every multi-stroke symbol whole whatever order its strokes were drawn in', () => {
    for (const f of multiStroke) {
      const boxes = strokeBoxes(f).reverse();
      const c = segmentCandidates(boxes);
      expect(
        c.spans.map((s) => members(c, s).length),
        f.name,
      ).toEqual([boxes.length]);
    }
  });

  it('measures the line by its digits, not by - or the bars of +', () => {
    expect(segmentCandidates(strokeBoxes(fixture('1+2'))).lineHeight).toBeCloseTo(100, -1);
    expect(segmentCandidates(strokeBoxes(fixture('7-1'))).lineHeight).toBeCloseTo(100, -1);
  });

  describe('touching neighbours (12) keep the split available', () => {
    it.each(['12-close', '12-touching', '12-overlapping'])(
      '%s: the 1 and the 2 are both spans on their own',
      (name) => {
        const c = segmentCandidates(strokeBoxes(fixture(name)));
        const offered = c.spans.map((s) => key(members(c, s)));
        expect(offered).toContain('0');
        expect(offered).toContain('1');
      },
    );

    it('12-close: the join stays available too, for the classifier to settle', () => {
      const c = segmentCandidates(strokeBoxes(fixture('12-close')));
      expect(c.spans.map((s) => key(members(c, s)))).toContain('0,1');
    });
  });
});

describe('segmentCandidates rules', () => {
  const digit = (x: number, w = 60): InkBox => inkBox(x, 0, w, 100);

  it('returns nothing for no parts', () => {
    expect(segmentCandidates([])).toEqual({
      order: [],
      spans: [],
      lineHeight: 0,
      line: { top: 0, bottom: 0, height: 0, fromDigits: false },
      levelOf: [],
      runOf: [],
      runs: [],
    });
  });

  it('measures an exponent as a line of its own, and marks a grouping that joins it to its base', () => {
    // 2³+4 with the 3 touching the 2's corner: digits 100 tall.
    const c = segmentCandidates([
      digit(0),
      inkBox(55, -20, 30, 50),
      inkBox(100, 40, 30, 30),
      digit(140),
    ]);
    expect(c.levelOf).toEqual([0, 1, 0, 0]);
    expect(c.runOf).toEqual([-1, 0, -1, -1]);
    expect(c.runs[0]).toMatchObject({ top: -20, bottom: 30 });
    expect(c.line).toMatchObject({ top: 0, bottom: 100 });
    expect(c.lineHeight).toBe(100);
    // It may still join its base, for the scoring stage to charge (exponent-join).
    expect(c.spans).toContainEqual({ from: 0, to: 2, acrossLevels: true });
    expect(c.spans).toContainEqual({ from: 1, to: 2 });
  });

  it('never joins a root sign with what it holds, the marks among it included', () => {
    // √(9+4) in one stroke: the `+`'s short bar is too flat to be held on its own.
    const boxes = [
      inkBox(0, 0, 224, 81),
      inkBox(32, 10, 27, 60),
      inkBox(84, 17, 2, 37),
      inkBox(72, 36, 30, 2),
      inkBox(128, 15, 22, 57),
    ];
    const c = segmentCandidates(boxes, {}, [], [[2, 3]]);
    expect(c.order[0]).toBe(0);
    const withSign = c.spans.filter((s) => s.from === 0);
    expect(withSign).toEqual([{ from: 0, to: 1, holding: true }]);
    expect(c.spans.map((s) => c.order.slice(s.from, s.to).sort().join())).toContain('2,3');
  });

  it('lets a loop hold nothing: a slash inside a `0` is one symbol with it, under a sign not', () => {
    // The same boxes: a narrow sign whose bar runs on past a 9, or a `0` around its slash.
    const boxes = [inkBox(0, 0, 67, 74), inkBox(27, 9, 22, 53)];
    const together = (c: Candidates): boolean => c.spans.some((s) => s.to - s.from === 2);
    expect(together(segmentCandidates(boxes))).toBe(false);
    expect(together(segmentCandidates(boxes, {}, [], [], [true, false]))).toBe(true);
  });

  it('joins a root sign with its tick before it, never with a `×` written just before it', () => {
    // 8×√4 as a picture: the `×` stands at mid-height a pen's width before the sign.
    const sign = inkBox(116, 12, 127, 104);
    const four = inkBox(153, 25, 37, 61);
    const withSign = (before: InkBox): boolean => {
      const c = segmentCandidates([inkBox(12, 28, 36, 80), before, sign, four]);
      return c.spans.some((s) => c.order.slice(s.from, s.to).sort().join() === '1,2');
    };
    expect(withSign(inkBox(61, 49, 47, 39))).toBe(false);
    expect(withSign(inkBox(96, 70, 22, 44))).toBe(true);
  });

  it('reads a fraction bar drawn twice as one symbol, with neither half in the denominator', () => {
    // ⅞ over 2: the main bar's second stroke lies a little lower than its first.
    const boxes = [
      inkBox(114, 40, 22, 50),
      inkBox(93, 99, 70, 4),
      inkBox(107, 115, 42, 50),
      inkBox(40, 175, 174, 6),
      inkBox(53, 177, 47, 6),
      inkBox(108, 189, 32, 62),
    ];
    const c = segmentCandidates(boxes);
    expect(c.order).toEqual([0, 1, 2, 3, 4, 5]);
    const groups = c.spans.map((s) => key(members(c, s)));
    expect(groups).toContain('3,4');
    expect(groups).not.toContain('3');
    expect(groups.filter((g) => g.split(',').includes('5'))).toEqual(['5']);
  });

  it("holds the base of a `1` at the foot of a root's radicand with it", () => {
    // √(12+13): the first `1` has a base a little lower than the rest of the radicand.
    const boxes = [
      inkBox(40, 40, 274, 89),
      inkBox(79, 59, 24, 52),
      inkBox(79, 116, 26, 1),
      inkBox(121, 57, 38, 57),
      inkBox(268, 61, 37, 54),
    ];
    const c = segmentCandidates(boxes);
    expect(c.order[0]).toBe(0);
    expect(c.spans.filter((s) => s.from === 0)).toEqual([{ from: 0, to: 1, holding: true }]);
    expect(c.spans.map((s) => key(members(c, s)))).toContain('1,2');
    // A `4` in three strokes: its stem reaches far below its corner, which holds no stem.
    const four = [inkBox(0, 7, 103, 71), inkBox(56, 26, 10, 35), inkBox(41, 0, 24, 124)];
    const f = segmentCandidates(four);
    expect(f.spans.some((s) => members(f, s).includes(0) && members(f, s).includes(2))).toBe(true);
  });

  it("reads a root's bar drawn on in a stroke of its own as one symbol with its sign", () => {
    // √(9+16): the bar drawn further right once the `6` was written under it.
    const boxes = [
      inkBox(40, 41, 151, 78),
      inkBox(184, 40, 27, 3),
      inkBox(72, 50, 26, 50),
      inkBox(122, 71, 21, 4),
      inkBox(124, 60, 11, 28),
      inkBox(157, 46, 4, 53),
      inkBox(172, 50, 30, 53),
    ];
    const c = segmentCandidates(boxes);
    expect(c.order.slice(0, 2)).toEqual([0, 1]);
    expect(c.spans.filter((s) => s.from === 0)).toEqual([{ from: 0, to: 2, holding: true }]);
    expect(c.spans.map((s) => key(members(c, s)))).toContain('6');
    expect(c.spans.some((s) => members(c, s).includes(1) && members(c, s).includes(6))).toBe(false);
  });

  it('offers a single part as one span', () => {
    const c = segmentCandidates([digit(10)]);
    expect(c.order).toEqual([0]);
    expect(c.spans).toEqual([{ from: 0, to: 1 }]);
    expect(c.lineHeight).toBe(100);
  });

  it('orders parts left to right by centre, whatever order they were drawn in', () => {
    const c = segmentCandidates([digit(300), digit(0), digit(150)]);
    expect(c.order).toEqual([1, 2, 0]);
  });

  it('separates parts further apart than maxGap × line height and may join closer ones', () => {
    // lineHeight 100, maxGap 0.12 → 12 units.
    const far = segmentCandidates([digit(0), digit(73)]);
    expect(far.spans).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
    const near = segmentCandidates([digit(0), digit(71)]);
    expect(near.spans).toContainEqual({ from: 0, to: 2 });
    expect(near.spans).toContainEqual({ from: 0, to: 1 });
    expect(near.spans).toContainEqual({ from: 1, to: 2 });
    // The option moves the threshold.
    expect(segmentCandidates([digit(0), digit(73)], { maxGap: 0.2 }).spans).toContainEqual({
      from: 0,
      to: 2,
    });
  });

  it('may join across a wider gap, up to farGap, when the short part caps the tall one', () => {
    // An open 4: its `∟` (the top third) 25 units left of its stem. lineHeight 100.
    const hook = inkBox(0, 0, 50, 35);
    const stem = inkBox(75, 0, 8, 100);
    const c = segmentCandidates([hook, stem]);
    const join = c.spans.find((s) => s.from === 0 && s.to === 2);
    expect(join?.overGap).toBeCloseTo(0.25 - 0.12);
    expect(c.spans).toContainEqual({ from: 0, to: 1 });
    expect(c.spans).toContainEqual({ from: 1, to: 2 });
    // A `-` at mid-height before a `1` is two symbols, however close to farGap.
    const minus = inkBox(0, 45, 50, 8);
    expect(segmentCandidates([minus, stem]).spans).not.toContainEqual(
      expect.objectContaining({ from: 0, to: 2 }),
    );
    // Beyond farGap, or with farGap = maxGap (the old rule), nothing joins.
    const far = inkBox(105, 0, 8, 100);
    expect(segmentCandidates([hook, far]).spans).toHaveLength(2);
    expect(segmentCandidates([hook, stem], { farGap: 0.12 }).spans).toHaveLength(2);
  });

  it('may join the rings of a `%` standing apart from its bar, and marks the join', () => {
    // Rings 30 tall (0.3 of the bar) 25 units either side of a thin bar: lineHeight 100.
    const top = inkBox(0, 5, 25, 30);
    const bar = inkBox(50, 0, 10, 100);
    const low = inkBox(85, 65, 30, 35);
    const c = segmentCandidates([digit(-200), top, bar, low]);
    const whole = c.spans.find((s) => s.from === 1 && s.to === 4);
    expect(whole).toMatchObject({ ringJoin: true });
    expect(whole?.overGap).toBeCloseTo(0.25 - 0.12);
    // Each part may still stand alone.
    for (const k of [1, 2, 3]) expect(c.spans).toContainEqual({ from: k, to: k + 1 });
    // Not a ring: a dot-sized mark, a flat `-`, or a part as tall as a digit; not a bar: a wide part.
    // Each pair 25 units apart.
    for (const [a, b] of [
      [inkBox(0, 90, 8, 8), inkBox(33, 0, 10, 100)],
      [inkBox(0, 45, 30, 8), inkBox(55, 0, 10, 100)],
      [inkBox(0, 0, 60, 90), inkBox(85, 0, 10, 100)],
      [inkBox(0, 35, 25, 30), inkBox(50, 0, 70, 100)],
    ] as const) {
      expect(segmentCandidates([a, b]).spans).toHaveLength(2);
    }
  });

  it('joins parts across a gap that a part read after them spans (a `%`: its rings, then its slash)', () => {
    // Dots 7 across, 14 units apart (over maxGap × lineHeight); the slash centred right of
    // the lower dot is read last, yet covers the gap between them.
    const slash = inkBox(397, 45, 43, 76);
    const top = inkBox(386, 45, 7, 7);
    const low = inkBox(407, 115, 7, 6);
    const c = segmentCandidates([digit(250), slash, top, low]);
    expect(c.order).toEqual([0, 2, 3, 1]);
    expect(c.spans).toContainEqual({ from: 1, to: 4 });
    // The two dots alone are still too far apart to be one symbol.
    expect(c.spans).not.toContainEqual(expect.objectContaining({ from: 1, to: 3 }));
    // With no slash to span it, the gap separates them.
    const apart = segmentCandidates([digit(250), top, low]);
    expect(apart.spans).not.toContainEqual(expect.objectContaining({ from: 1, to: 3 }));
  });

  it('offers no span of three or more parts wider than maxWidth × line height', () => {
    // Four digits 60 wide, 5 apart (lineHeight 100): three span 190, all four 255 (> 200).
    const close = [0, 65, 130, 195].map((x) => digit(x));
    const widest = (c: Candidates): number =>
      Math.max(...c.spans.filter((s) => s.to - s.from >= 3).map((s) => spanWidth(close, c, s)));
    expect(widest(segmentCandidates(close))).toBe(190);
    // Tighter: no three of them make one symbol; two still may (a touching pair).
    const tight = segmentCandidates(close, { maxWidth: 1.5 });
    expect(tight.spans.filter((s) => s.to - s.from >= 3)).toEqual([]);
    expect(tight.spans).toContainEqual({ from: 0, to: 2 });
    // A line of flat parts only (a long `-` cut into slices) has no height to go by.
    const dash = [0, 100, 200].map((x) => inkBox(x, 0, 100, 10));
    expect(segmentCandidates(dash, { maxWidth: 0.1 }).spans).toContainEqual({ from: 0, to: 3 });
  });

  it('leaves spans within maxGap without an overGap', () => {
    const c = segmentCandidates([digit(0), digit(71)]);
    for (const s of c.spans) expect(s).not.toHaveProperty('overGap');
  });

  it('forces parts that overlap strongly in x into one symbol', () => {
    // An = : two bars over each other.
    const c = segmentCandidates([inkBox(0, 30, 60, 2), inkBox(3, 60, 60, 2)]);
    expect(c.spans).toEqual([{ from: 0, to: 2 }]);
    // 35 of 60 units overlap (0.58) is below mergeOverlap 0.6: all groupings stay open.
    const half = segmentCandidates([digit(0), digit(25)]);
    expect(half.spans).toHaveLength(3);
    // A narrower part 3/4 inside a wider one, its centre well inside: forced, unless the
    // option asks for more overlap.
    const nested = [inkBox(0, 0, 60, 100), inkBox(30, 0, 40, 100)];
    expect(segmentCandidates(nested).spans).toEqual([{ from: 0, to: 2 }]);
    expect(segmentCandidates(nested, { mergeOverlap: 0.8 }).spans).toHaveLength(3);
  });

  it('joins a zero-width part (vertical line, dot) only when it stands strictly inside the other', () => {
    const bar = inkBox(0, 50, 70, 0);
    expect(segmentCandidates([bar, inkBox(35, 20, 0, 0)]).spans).toEqual([{ from: 0, to: 2 }]);
    expect(segmentCandidates([bar, inkBox(35, 10, 0, 80)]).spans).toEqual([{ from: 0, to: 2 }]);
    // A stem at the bar's end (a ⊢ drawn as two digits' worth of strokes) is not forced.
    expect(segmentCandidates([bar, inkBox(70, 10, 0, 80)]).spans).toHaveLength(3);
    // Two dots side by side never force each other; stacked ones (the dots of a `÷`
    // whose bar is still to come) are one symbol, as everything stacked on a line is.
    expect(segmentCandidates([inkBox(10, 0, 0, 0), inkBox(12, 0, 0, 0)]).spans).toContainEqual({
      from: 0,
      to: 1,
    });
    expect(segmentCandidates([inkBox(10, 0, 0, 0), inkBox(10, 50, 0, 0)]).spans).toEqual([
      { from: 0, to: 2 },
    ]);
  });

  it('leaves a dot tucked under a digit free to stand alone', () => {
    // A decimal point under the 3's right end, inside its extent: offered both ways.
    for (const dot of [inkBox(40, 96, 4, 4), inkBox(30, 101, 0, 0), inkBox(50, 90, 10, 10)]) {
      const c = segmentCandidates([digit(0), dot, digit(70)]);
      expect(c.spans).toContainEqual({ from: 0, to: 1 });
      expect(c.spans).toContainEqual({ from: 1, to: 2 });
      expect(c.spans).toContainEqual({ from: 0, to: 2 });
    }
    // A part a third of the digits tall is no dot: still forced, as before.
    const c = segmentCandidates([digit(0), inkBox(20, 70, 30, 30), digit(70)]);
    expect(c.spans).not.toContainEqual({ from: 0, to: 1 });
  });

  it('never offers a span of more than maxParts parts', () => {
    const boxes = Array.from({ length: 8 }, (_, i) => digit(i * 20, 30));
    for (const maxParts of [1, 2, 3, 5]) {
      const c = segmentCandidates(boxes, { maxParts, mergeOverlap: 2 });
      for (const s of c.spans) expect(s.to - s.from).toBeLessThanOrEqual(maxParts);
      expect(tiles(c.spans, boxes.length)).toBe(true);
    }
  });

  it('falls back to one symbol per forced run when a forced join is longer than maxParts', () => {
    // Six strokes scribbled over one another (a heavily corrected digit).
    const boxes = Array.from({ length: 6 }, (_, i) => inkBox(i, 0, 60, 100));
    const c = segmentCandidates([...boxes, digit(200)], { maxParts: 5 });
    expect(c.spans).toEqual([
      { from: 0, to: 6 },
      { from: 6, to: 7 },
    ]);
  });

  it('estimateLineHeight ignores flat parts and uses widths for a line of only flat parts', () => {
    expect(estimateLineHeight([])).toBe(0);
    expect(estimateLineHeight([digit(0), inkBox(80, 50, 40, 2), digit(150)])).toBe(100);
    expect(estimateLineHeight([digit(0, 10), inkBox(0, 0, 10, 40), digit(0, 10)])).toBe(100);
    // `-` alone: its width (halved) measures the line.
    expect(estimateLineHeight([inkBox(0, 50, 60, 2)])).toBe(30);
    expect(estimateLineHeight([inkBox(0, 0, 0, 0)])).toBeGreaterThan(0);
  });

  it('always proposes spans that tile the parts, within maxParts unless forced (property)', () => {
    const box = fc
      .record({
        x: fc.integer({ min: 0, max: 600 }),
        y: fc.integer({ min: 0, max: 60 }),
        w: fc.integer({ min: 0, max: 120 }),
        h: fc.integer({ min: 0, max: 120 }),
      })
      .map((b) => inkBox(b.x, b.y, b.w, b.h));
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (boxes, maxParts) => {
          const c = segmentCandidates(boxes, { maxParts });
          expect([...c.order].sort((a, b) => a - b)).toEqual(boxes.map((_, i) => i));
          expect(tiles(c.spans, boxes.length)).toBe(true);
          // As segmentation sees the line: the parts that hold others (a root's sign) and
          // the parts of a fraction (its bar, what stands over and under it).
          const inFraction = new Set<InkBox>();
          for (const bar of boxes) {
            const f = fractionBar(bar, boxes);
            if (!f) continue;
            inFraction.add(bar);
            for (const k of [...f.over, ...f.under, ...f.retraced]) inFraction.add(boxes[k]!);
          }
          for (let i = 1; i < c.order.length; i++) {
            const a = boxes[c.order[i - 1]!]!;
            const b = boxes[c.order[i]!]!;
            // Left to right (a part that holds others by where it starts, and so does a bar
            // drawn on to it); going back left only moves through a fraction, which reads as
            // a block: numerator, bar, denominator.
            const holding = (s: InkBox): boolean => boxes.some((p) => holds(s, p, boxes));
            const sign = boxes.find((s) => s !== a && holding(s) && extendsBar(s, a));
            const from = sign ? sign.x : holding(a) ? a.x : a.x + a.w / 2;
            if (from > b.x + b.w / 2) expect(inFraction.has(a) || inFraction.has(b)).toBe(true);
          }
          const unique = new Set(c.spans.map((s) => `${s.from}-${s.to}`));
          expect(unique.size).toBe(c.spans.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
