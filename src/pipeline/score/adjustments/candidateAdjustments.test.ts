import { describe, expect, it } from 'vitest';
import {
  FLAT_BELOW,
  HOLDS_RADICAND_ODDS,
  BAR_OVER_STROKE_ODDS,
  SERIF_TWO_ODDS,
  JOINED_BARS_ODDS,
  RINGED_SLASH_ODDS,
  TWO_DIGITS_PERCENT_ODDS,
  ONE_PIECE_ODDS,
  RISES_TO_ROOT_ODDS,
  DESCENDS_TO_ROOT_ODDS,
  SAME_SHAPE_ODDS,
  STACKED_BARS_ODDS,
  TAUGHT_ODDS,
} from '../../tuning.ts';
import { inkBox, type InkBox } from '../../types.ts';
import { applyAdjustments } from '../applyAdjustments.ts';
import type { Adjustment, Candidate } from '../Candidate.ts';
import { SCORING_STAGE } from '../scoringStage.ts';
import { testCandidate } from '../testCandidate.ts';
import { flat } from './flat.ts';
import { holdsRadicand } from './holdsRadicand.ts';
import { onePiece } from './onePiece.ts';
import { bareRootStroke } from './bareRootStroke.ts';
import { barOverStroke } from './barOverStroke.ts';
import { baseSerif } from './baseSerif.ts';
import { ringedSlash } from './ringedSlash.ts';
import { twoDigits } from './twoDigits.ts';
import { joinedBars } from './joinedBars.ts';
import { stackedBars } from './stackedBars.ts';
import { taught } from './taught.ts';

const labels = ['0', '1', '5', '7', '-', '=', '÷', '(', 'reject'];
const probs = (entries: Record<string, number>): Float32Array =>
  Float32Array.from(labels, (l) => entries[l] ?? 0);
const top = (p: Float32Array): string => labels[p.indexOf(Math.max(...p))]!;
const sum = (p: Float32Array): number => p.reduce((a, b) => a + b, 0);
const phase1 = (p: Float32Array, c: Candidate): Float32Array =>
  applyAdjustments(p, labels, SCORING_STAGE.candidate, c);

const flatBar = testCandidate([0, 0, 100, 15]); // height / width 0.15
const square = testCandidate([0, 0, 60, 60]);
/** The candidate's box cut into left and right halves: two parts that are not stacked bars. */
const halves = (c: Candidate): Candidate => {
  const b = c.box;
  return {
    ...c,
    pieces: 2,
    parts: [inkBox(b.x, b.y, b.w / 2, b.h), inkBox(b.x + b.w / 2, b.y, b.w / 2, b.h)],
  };
};
const bars = { ...testCandidate([0, 0, 60, 38]), pieces: 2 };
const stacked: Candidate = { ...bars, parts: [inkBox(0, 0, 60, 6), inkBox(5, 12, 55, 8)] };
/** Two bars clear apart, which bar-over-stroke takes too. */
const apart: Candidate = { ...bars, parts: [inkBox(0, 0, 60, 6), inkBox(5, 30, 55, 8)] };
/** The dots of a `:` drawn as two short dashes, at mid-height of testCandidate's line. */
const colon: Candidate = {
  ...testCandidate([40, 30, 12, 40]),
  pieces: 2,
  parts: [inkBox(40, 30, 12, 6), inkBox(41, 64, 11, 6)],
};
/** A bar, then a lower bar led in by a diagonal from above (a `z`-like `=`), clear below it. */
const zEquals: Candidate = {
  ...testCandidate([0, 0, 60, 55]),
  pieces: 2,
  parts: [inkBox(0, 0, 60, 8), inkBox(10, 25, 40, 30)],
};
/** A `5` whose hat floats clear above its body, which is taller than the hat is long. */
const floatingHat: Candidate = {
  ...testCandidate([0, 0, 60, 95]),
  pieces: 2,
  parts: [inkBox(20, 0, 40, 8), inkBox(0, 25, 55, 70)],
};
/** Two long dashes further apart than they are long. */
const farDashes: Candidate = {
  ...testCandidate([0, 0, 45, 95]),
  pieces: 2,
  parts: [inkBox(0, 0, 45, 8), inkBox(0, 70, 45, 8)],
};
/** A `%` of a slash and two rings shrunk to dots, at its top left and bottom right. */
const dottedPercent: Candidate = {
  ...testCandidate([0, 0, 50, 90]),
  pieces: 3,
  parts: [inkBox(2, 0, 8, 8), inkBox(5, 5, 40, 80), inkBox(40, 82, 8, 8)],
};
/** Upright, with its rings as tall as a third of the slash, the lower one just under its middle. */
const uprightPercent: Candidate = {
  ...testCandidate([0, 0, 66, 62]),
  pieces: 3,
  parts: [inkBox(0, 8, 19, 27), inkBox(31, 0, 10, 62), inkBox(52, 20, 14, 25)],
};
/** Leaning, its lower dot right of the slash's foot though left of the box's middle. */
const leaningPercent: Candidate = {
  ...testCandidate([0, 0, 69, 108]),
  pieces: 3,
  parts: [inkBox(0, 2, 9, 9), inkBox(14, 2, 55, 98), inkBox(27, 100, 9, 8)],
};
/** A `÷` whose bar slants: its dots over and under the bar, in line. */
const slantedDivide: Candidate = {
  ...testCandidate([0, 0, 60, 100]),
  pieces: 3,
  parts: [inkBox(28, 0, 8, 8), inkBox(0, 28, 60, 55), inkBox(30, 92, 8, 8)],
};
/** The same marks both on the left: a raised dot and a decimal point beside a `1`. */
const dotsBeside: Candidate = {
  ...dottedPercent,
  parts: [inkBox(2, 0, 8, 8), inkBox(5, 5, 40, 80), inkBox(0, 82, 8, 8)],
};
/** A `7` drawn in two strokes: its bar joins the stem. */
const sevenOfTwo: Candidate = {
  ...testCandidate([0, 0, 60, 95]),
  pieces: 2,
  parts: [inkBox(0, 0, 60, 8), inkBox(25, 4, 35, 91)],
};
/** A flagged `1` drawn standing on a base serif, a stroke of its own under its foot. */
const stem = inkBox(30, 0, 22, 90);
const serifOne: Candidate = {
  ...testCandidate([20, 0, 40, 96]),
  pieces: 2,
  drawn: true,
  parts: [stem, inkBox(20, 86, 40, 10)],
};
/** The same stroke with another mark where its serif was. */
const onBar = (bar: InkBox): Candidate => ({ ...serifOne, parts: [stem, bar] });
const shortStem: Candidate = { ...serifOne, parts: [inkBox(30, 50, 22, 40), serifOne.parts[1]!] };
const like = (label: string, similarity: number): Candidate => ({
  ...halves(square),
  taught: { label, similarity },
});

/** A `9` and, right of it, a `0` of `ratio` its height: one grouping of two parts. */
const nineZero = (ratio: number): Candidate => ({
  ...testCandidate([0, 0, 140, 100]),
  parts: [inkBox(0, 0, 60, 100), inkBox(70, 100 - 100 * ratio, 70, 100 * ratio)],
});
/** Each case: an adjustment, a candidate, whether it applies, and odds it gives labels. */
const cases: [string, Adjustment, Candidate, boolean, Record<string, number>][] = [
  ['taught, alike', taught, like('7', 0.85), true, { '7': TAUGHT_ODDS, '1': 1, '=': 1 }],
  ['taught, the same shape', taught, like('7', 0.99), true, { '7': SAME_SHAPE_ODDS, '1': 1 }],
  ['taught, nothing taught', taught, halves(square), false, {}],
  ['stacked bars', stackedBars, stacked, true, { '=': STACKED_BARS_ODDS, '5': 1, '-': 1 }],
  ['stacked bars, side by side', stackedBars, halves(flatBar), false, {}],
  ['stacked bars, both dot-sized (a `:`)', stackedBars, colon, false, {}],
  ['bar over a stroke', barOverStroke, zEquals, true, { '=': BAR_OVER_STROKE_ODDS, '2': 1 }],
  ['bar over a stroke, joined (a `7`)', barOverStroke, sevenOfTwo, false, {}],
  ['bar over a stroke taller than the bar is long (a `5`)', barOverStroke, floatingHat, false, {}],
  ['bar over a stroke, further apart than long', barOverStroke, farDashes, false, {}],
  [
    'bar over a stroke, two bars clear apart',
    barOverStroke,
    apart,
    true,
    { '=': BAR_OVER_STROKE_ODDS },
  ],
  ['bar over a stroke, two bars close', barOverStroke, stacked, false, {}],
  ['bar over a stroke, both dot-sized (a `:`)', barOverStroke, colon, false, {}],
  ['base serif', baseSerif, serifOne, true, { '2': SERIF_TWO_ODDS, '1': 1, '7': 1 }],
  ['base serif, in a picture', baseSerif, { ...serifOne, drawn: false }, false, {}],
  ['base serif, a stroke not digit-tall', baseSerif, shortStem, false, {}],
  [
    'base serif, the bar clear below the foot',
    baseSerif,
    onBar(inkBox(20, 115, 40, 10)),
    false,
    {},
  ],
  ['base serif, the bar at mid-height', baseSerif, onBar(inkBox(20, 40, 40, 10)), false, {}],
  ['base serif, the bar beside the foot', baseSerif, onBar(inkBox(60, 86, 40, 10)), false, {}],
  ['base serif, a thick mark under the foot', baseSerif, onBar(inkBox(20, 80, 40, 30)), false, {}],
  ['ringed slash', ringedSlash, dottedPercent, true, { '%': RINGED_SLASH_ODDS, '1': 1 }],
  ['ringed slash, upright', ringedSlash, uprightPercent, true, { '%': RINGED_SLASH_ODDS }],
  ['ringed slash, leaning', ringedSlash, leaningPercent, true, { '%': RINGED_SLASH_ODDS }],
  ['ringed slash, not a slanted `÷`', ringedSlash, slantedDivide, false, {}],
  ['ringed slash, both marks on one side', ringedSlash, dotsBeside, false, {}],
  ['ringed slash, two parts only', ringedSlash, zEquals, false, {}],
  ['two digits', twoDigits, nineZero(0.84), true, { '%': TWO_DIGITS_PERCENT_ODDS, '0': 1 }],
  ['two digits, a ring smaller than its slash', twoDigits, nineZero(0.72), false, {}],
  ['two digits, three parts (a `%`)', twoDigits, dottedPercent, false, {}],
  ['two digits, both short', twoDigits, { ...nineZero(1), lineHeight: 250 }, false, {}],
  ['joined bars', joinedBars, { ...flatBar, joinedBars: true }, true, { '=': JOINED_BARS_ODDS }],
  ['joined bars, none', joinedBars, flatBar, false, {}],
  [
    'one piece, but two bars joined in a picture',
    onePiece,
    { ...flatBar, joinedBars: true },
    false,
    {},
  ],
  ['one piece', onePiece, flatBar, true, { '=': ONE_PIECE_ODDS, '÷': ONE_PIECE_ODDS, '-': 1 }],
  ['one piece, two strokes', onePiece, halves(flatBar), false, {}],
  [
    'flat, very flat ink',
    flat,
    flatBar,
    true,
    { '0': 1 / (1 + Math.exp(3)), '(': 1 / (1 + Math.exp(3)), '-': 1 },
  ],
  ['flat, at FLAT_BELOW', flat, testCandidate([0, 0, 100, 100 * FLAT_BELOW]), true, { '7': 0.5 }],
  ['flat, square ink', flat, square, false, {}],
  ['flat, a box of no width', flat, testCandidate([0, 0, 0, 50]), false, {}],
];

describe('phase 1 adjustments (each candidate grouping)', () => {
  it.each(cases)('%s', (_, adjustment, candidate, applies, odds) => {
    expect(adjustment.applies(candidate)).toBe(applies);
    for (const [label, expected] of Object.entries(odds))
      expect(adjustment.odds(label, candidate)).toBeCloseTo(expected, 6);
  });

  it('leaves a candidate of several pieces, not flat, exactly as the model read it', () => {
    const p = probs({ '=': 0.6, '5': 0.4 });
    // A tall part and a short one beside it: neither stacked bars nor two digits.
    const parts = [inkBox(0, 0, 50, 100), inkBox(50, 60, 50, 40)];
    expect(phase1(p, { ...square, parts, pieces: 2 })).toBe(p);
  });

  it('reads a one-stroke flat scrawl that the model leans to `=` as `-`', () => {
    const q = phase1(probs({ '=': 0.5, '-': 0.2, '7': 0.2, reject: 0.1 }), flatBar);
    expect(top(q)).toBe('-');
    expect(sum(q)).toBeCloseTo(1, 5);
  });

  it('keeps a one-piece `=` the model is sure of (a `z`-like `=` in one motion)', () => {
    const p = probs({ '=': 0.998, '-': 0.001, '7': 0.001 });
    expect(top(phase1(p, testCandidate([0, 0, 60, 30])))).toBe('=');
  });

  it('never makes a label the user taught for look-alikes less likely', () => {
    const p = probs({ '=': 0.5, '-': 0.2, '7': 0.2, reject: 0.1 });
    // Taught by a look-alike too far off to nudge: only the spare holds.
    expect(top(phase1(p, { ...flatBar, taught: { label: '=', similarity: 0 } }))).toBe('=');
    // A taught digit on flat ink is spared the flatness odds; other digits are not.
    const d = probs({ '7': 0.5, '0': 0.3, '-': 0.2 });
    const q = phase1(d, { ...halves(flatBar), taught: { label: '7', similarity: 0 } });
    expect(top(q)).toBe('7');
    expect(q[labels.indexOf('0')]!).toBeLessThan(q[labels.indexOf('-')]!);
  });

  it('makes a one-piece `=` or `÷` ONE_PIECE_ODDS as likely against the rest', () => {
    const q = phase1(probs({ '÷': 0.5, '-': 0.5 }), testCandidate([0, 0, 60, 40]));
    expect(q[labels.indexOf('÷')]! / q[labels.indexOf('-')]!).toBeCloseTo(ONE_PIECE_ODDS, 5);
  });

  it('turns a very flat shape away from digits and brackets, but not a square one', () => {
    const p = probs({ '0': 0.6, '(': 0.1, '-': 0.3 });
    expect(top(phase1(p, halves(flatBar)))).toBe('-');
    expect(top(phase1(p, halves(square)))).toBe('0');
  });

  it('never divides by zero, even for a box of no width', () => {
    const q = phase1(probs({ '1': 1 }), testCandidate([0, 0, 0, 50]));
    expect(top(q)).toBe('1');
    expect([...q].every(Number.isFinite)).toBe(true);
  });

  it('makes `=` STACKED_BARS_ODDS likelier for two stacked bars', () => {
    const q = phase1(probs({ '=': 0.2, '5': 0.8 }), stacked);
    const odds = q[labels.indexOf('=')]! / q[labels.indexOf('5')]!;
    expect(odds).toBeCloseTo((0.2 * STACKED_BARS_ODDS) / 0.8, 4);
  });

  it('leans a look-alike of a corrected symbol to its label, the same shape past a sure model', () => {
    const unsure = probs({ '(': 0.6, '1': 0.35, '7': 0.05 });
    expect(top(phase1(unsure, like('1', 0.85)))).toBe('1');
    const sure = probs({ '(': 0.9989, '1': 0.0001, '7': 0.001 });
    expect(top(phase1(sure, like('1', 0.85)))).toBe('(');
    expect(top(phase1(sure, like('1', 0.99)))).toBe('1');
  });

  it('reads ink that holds writing under it, as tall as the line, as a root sign', () => {
    const roots = ['√', '-', '7'];
    const sign = { ...testCandidate([0, 0, 300, 90]), holding: true };
    expect(holdsRadicand.applies(sign)).toBe(true);
    expect(roots.map((l) => holdsRadicand.odds(l, sign))).toEqual([HOLDS_RADICAND_ODDS, 1, 1]);
    // A bar drawn on its own holds too, but it is flat: the model decides.
    expect(holdsRadicand.applies({ ...testCandidate([0, 0, 300, 4]), holding: true })).toBe(false);
    expect(holdsRadicand.applies(testCandidate([0, 0, 300, 90]))).toBe(false);
  });

  it('reads one stroke drawn as a bare root sign as a root, the likelier when drawn backwards', () => {
    const rising = { ...testCandidate([0, 0, 30, 100]), rootStroke: 'rises' as const };
    const descending = { ...rising, rootStroke: 'descends' as const };
    expect(bareRootStroke.applies(rising)).toBe(true);
    expect(['√', '1', ')'].map((l) => bareRootStroke.odds(l, rising))).toEqual([
      RISES_TO_ROOT_ODDS,
      1,
      1,
    ]);
    expect(['√', '1'].map((l) => bareRootStroke.odds(l, descending))).toEqual([
      DESCENDS_TO_ROOT_ODDS,
      1,
    ]);
    expect(bareRootStroke.applies(testCandidate([0, 0, 30, 100]))).toBe(false);
  });
});
