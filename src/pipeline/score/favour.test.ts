import { describe, expect, it } from 'vitest';
import { favour } from './favour.ts';

describe('favour', () => {
  it('multiplies one label and renormalises, leaving the input untouched', () => {
    const p = Float32Array.from([0.6, 0.3, 0.1]);
    const q = favour(p, 2, 9);
    expect([...q].map((v) => Number(v.toFixed(4)))).toEqual([0.3333, 0.1667, 0.5]);
    expect([...p]).toEqual([...Float32Array.from([0.6, 0.3, 0.1])]);
  });
});
