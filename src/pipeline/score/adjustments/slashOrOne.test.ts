import { describe, expect, it } from 'vitest';
import {
  SLASH_ALONE_ODDS,
  SLASH_IN_LINE_ODDS,
  SLASH_LEAN_LEAST,
  SLASH_LEAN_PAST,
  SLASH_LEANING_ODDS,
} from '../../tuning.ts';
import { applyAdjustments } from '../applyAdjustments.ts';
import { decideSymbol } from '../decideSymbol.ts';
import { testCandidate } from '../testCandidate.ts';
import { slashOrOne } from './slashOrOne.ts';

const LABELS = ['1', '/', '(', 'reject'];
const read = (row: number[], inLine: boolean): string =>
  decideSymbol(
    applyAdjustments(
      Float32Array.from(row),
      LABELS,
      [slashOrOne],
      testCandidate([0, 0, 40, 100], { inLine }),
    ),
    LABELS,
  ).symbol;

describe('slash-or-one', () => {
  it('touches no label but the slash', () => {
    const c = testCandidate([0, 0, 40, 100], { inLine: true });
    expect(slashOrOne.odds('1', c)).toBe(1);
    expect(slashOrOne.odds('(', c)).toBe(1);
    expect(slashOrOne.odds('/', c)).toBe(SLASH_IN_LINE_ODDS);
    expect(slashOrOne.odds('/', { ...c, inLine: false })).toBe(SLASH_ALONE_ODDS);
  });

  it('reads a lone stroke as 1 however sure the model is of a slash', () => {
    expect(read([0.02, 0.97, 0.005, 0.005], false)).toBe('1');
  });

  it('in a line, keeps a slash the model is convinced of and gives a close call to 1', () => {
    expect(read([0.001, 0.997, 0.001, 0.001], true)).toBe('/');
    expect(read([0.3, 0.68, 0.01, 0.01], true)).toBe('1');
  });

  it("charges less a steep stroke that leans well past the writer's other `1`s in the line", () => {
    const c = testCandidate([0, 0, 40, 100], { inLine: true });
    const leaning = { ...c, lean: SLASH_LEAN_LEAST + 5, leanPast: SLASH_LEAN_PAST + 5 };
    expect(slashOrOne.odds('/', leaning)).toBe(SLASH_LEANING_ODDS);
    expect(slashOrOne.odds('1', leaning)).toBe(1);
    // Leaning alike, or too upright to be a slash however the others stand, or alone.
    expect(slashOrOne.odds('/', { ...leaning, leanPast: SLASH_LEAN_PAST - 1 })).toBe(
      SLASH_IN_LINE_ODDS,
    );
    expect(slashOrOne.odds('/', { ...leaning, lean: SLASH_LEAN_LEAST - 1 })).toBe(
      SLASH_IN_LINE_ODDS,
    );
    expect(slashOrOne.odds('/', { ...leaning, inLine: false })).toBe(SLASH_ALONE_ODDS);
  });
});
