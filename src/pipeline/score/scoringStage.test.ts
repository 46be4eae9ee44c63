import { describe, expect, it } from 'vitest';
import { SCORING_NAMES, SCORING_STAGE, scoringStage } from './scoringStage.ts';

describe('scoringStage', () => {
  it('names every adjustment, cost and step once', () => {
    expect(new Set(SCORING_NAMES).size).toBe(SCORING_NAMES.length);
    expect(SCORING_NAMES).toEqual(
      expect.arrayContaining(['taught', 'tall-height', 'repair', 'settled-grouping']),
    );
  });

  it('is the shipped stage when nothing is switched off', () => {
    expect(scoringStage()).toBe(SCORING_STAGE);
  });

  it('switches off exactly the named parts, keeping the order of the rest', () => {
    const s = scoringStage(['one-piece', 'crossing-cost', 'repair', 'dot']);
    expect(s.candidate.map((a) => a.name)).toEqual([
      'taught',
      'stacked-bars',
      'bar-over-stroke',
      'base-serif',
      'joined-bars',
      'ringed-slash',
      'two-digits',
      'flat',
      'holds-radicand',
      'bare-root-stroke',
    ]);
    expect(s.segment.map((c) => c.name)).toEqual([
      'symbol-cost',
      'far-gap-cost',
      'dot-join',
      'minus-join',
      'exponent-join',
    ]);
    expect(s.symbol).toEqual(SCORING_STAGE.symbol);
    expect(s.repair).toBe(false);
    expect(s.dot).toBe(false);
    expect(s.settledGrouping).toBe(true);
    expect(scoringStage(['settled-grouping']).settledGrouping).toBe(false);
  });

  it('refuses a name it does not know, listing the ones it does', () => {
    expect(() => scoringStage(['height'])).toThrow(
      /No adjustment named height: use one of dot, taught, /,
    );
  });
});
