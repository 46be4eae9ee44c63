import { describe, expect, it } from 'vitest';
import type { Doubt } from '../types.ts';
import { doubtTip } from './doubtTip.ts';

describe('doubtTip', () => {
  it('names the first doubt that the marks and the layout offer do not show', () => {
    expect(doubtTip([])).toBe('');
    expect(doubtTip(['symbols'])).toBe('');
    expect(doubtTip(['layout'])).toBe('');
    expect(doubtTip(['layout', 'leading-zero'])).toBe('A number starts with 0.');
    expect(doubtTip(['swallowed-dot', 'speck-dot'])).toBe('A dot may be hidden inside a symbol.');
  });

  it('has a sentence for every doubt but the two the page shows otherwise', () => {
    const all: Doubt[] = [
      'repaired',
      'swallowed-dot',
      'speck-dot',
      'overruled',
      'leading-zero',
      'bare-number',
      'lost-exponent',
      'root-as-one',
      'operator-run',
      'bracketed-number',
    ];
    const tips = all.map((d) => doubtTip([d]));
    expect(tips.every((t) => t.endsWith('.') && t.length > 15)).toBe(true);
    expect(new Set(tips).size).toBe(all.length);
  });
});
