import { describe, expect, it } from 'vitest';
import { readingText } from './readingText.ts';
import { writtenText } from './writtenText.ts';

describe('writtenText', () => {
  it('keeps the glyphs written, where readingText gives the canonical operators', () => {
    const symbols = [...'96/8*3:2·1'].map((symbol) => ({ symbol }));
    expect(writtenText(symbols)).toBe('96/8*3:2·1');
    expect(readingText(symbols)).toBe('96÷8×3÷2×1');
  });
});
