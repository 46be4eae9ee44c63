import { describe, expect, it } from 'vitest';
import { pageHeight } from './pageHeight.ts';

describe('pageHeight', () => {
  it('keeps two lines of room under the lowest ink, and nothing for no ink', () => {
    expect(pageHeight([])).toBe(0);
    expect(pageHeight([[]])).toBe(0);
    expect(
      pageHeight([
        [
          [0, 40],
          [5, 100.2],
        ],
        [[3, 80]],
      ]),
    ).toBe(301);
  });

  it('grows no taller than the canvas can hold', () => {
    expect(pageHeight([[[0, 1e6]]])).toBe(5000);
  });
});
