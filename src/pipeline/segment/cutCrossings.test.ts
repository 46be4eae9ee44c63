import { describe, expect, it } from 'vitest';
import { cutCrossings } from './cutCrossings.ts';

// Parts 0 and 1 cross (a `+`), 1 and 2 cross, 3 crosses nothing.
const crossings = [
  [0, 1],
  [1, 2],
] as const;

describe('cutCrossings', () => {
  it.each([
    [[0, 1, 2], 0],
    [[0, 1], 1],
    [[1], 2],
    [[0], 1],
    [[3], 0],
    [[0, 3], 1],
  ])('members %j cut %i crossings', (members, n) => {
    expect(cutCrossings(members, crossings)).toBe(n);
  });
});
