import { describe, expect, it } from 'vitest';
import { isOpenEnded } from './isOpenEnded.ts';

describe('isOpenEnded', () => {
  it('finds a calculation still being written', () => {
    for (const text of ['12+', '2×', '(', '3×(', '√', '8:', '5·', '96/'])
      expect(isOpenEnded([...text])).toBe(true);
  });

  it('leaves a finished or a broken one', () => {
    for (const text of ['', '12+7', '2×3=', '(1+2)', '50%', '32··1-(=', '21()'])
      expect(isOpenEnded([...text])).toBe(false);
  });
});
