import { describe, expect, it } from 'vitest';
import { MINUS_JOIN_COST } from '../../tuning.ts';
import { inkBox, type InkBox } from '../../types.ts';
import { testCandidate } from '../testCandidate.ts';
import { minusJoin } from './minusJoin.ts';

// On testCandidate's line, digits from y 0 to 100.
const group = (...parts: InkBox[]) =>
  testCandidate([0, 0, 120, 100], { parts, pieces: parts.length });
const nine = inkBox(60, 0, 50, 100);

describe('minus-join', () => {
  it.each([
    ['before a digit, apart from it', inkBox(0, 50, 45, 6), nine],
    ['after a digit, touching its edge', inkBox(110, 45, 40, 8), nine],
    ['a short, thick one, just above the middle', inkBox(0, 30, 35, 20), nine],
  ])('charges a `-` %s, whatever the label', (_, bar, digit) => {
    for (const label of ['9', '4', '+'])
      expect(minusJoin.cost(group(bar, digit))(label)).toBe(MINUS_JOIN_COST);
  });

  it.each([
    ["a `7`'s crossbar, within the digit's width", inkBox(70, 50, 30, 5), nine],
    ["a `5`'s hat, on top", inkBox(60, 0, 45, 5), nine],
    ["a bar at the foot (a `1`'s base)", inkBox(10, 96, 45, 4), nine],
    ['a bar beside a short mark, no digit', inkBox(0, 50, 45, 6), inkBox(60, 45, 10, 10)],
    ['a bar too short for a `-`', inkBox(30, 50, 20, 6), nine],
  ])('leaves %s alone', (_, bar, other) => {
    expect(minusJoin.cost(group(bar, other))('7')).toBe(0);
  });

  it('leaves single parts alone', () => {
    expect(minusJoin.cost(testCandidate([0, 50, 45, 6]))('-')).toBe(0);
  });
});
