import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { extendsBar } from './extendsBar.ts';

describe('extendsBar', () => {
  const sign = inkBox(0, 0, 150, 80);

  it("takes a flat stroke from the sign's right end, level with its top, as its bar drawn on", () => {
    expect(extendsBar(sign, inkBox(145, -1, 40, 3))).toBe(true);
    expect(extendsBar(sign, inkBox(160, 4, 60, 4))).toBe(true);
  });

  it('leaves a dash at mid-height, a stroke starting far from the end, and a short stub', () => {
    expect(extendsBar(sign, inkBox(150, 40, 40, 3))).toBe(false);
    expect(extendsBar(sign, inkBox(100, 0, 90, 3))).toBe(false);
    expect(extendsBar(sign, inkBox(210, 0, 40, 3))).toBe(false);
    expect(extendsBar(sign, inkBox(145, 0, 15, 3))).toBe(false);
    // Not flat: the stem of a digit.
    expect(extendsBar(sign, inkBox(150, 0, 20, 60))).toBe(false);
  });
});
