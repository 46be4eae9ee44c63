import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';

describe('createRng', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
  });

  it('keeps every helper inside its range', () => {
    const r = createRng(7);
    const bad: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const u = r.next();
      if (!(u >= 0 && u < 1)) bad.push(`next ${u}`);
      const v = r.uniform(-3, 5);
      if (!(v >= -3 && v < 5)) bad.push(`uniform ${v}`);
      const k = r.int(2, 4);
      if (![2, 3, 4].includes(k)) bad.push(`int ${k}`);
      const z = r.normal(0, 1);
      if (!Number.isFinite(z)) bad.push(`normal ${z}`);
      if (!['a', 'b'].includes(r.pick(['a', 'b']))) bad.push('pick');
    }
    expect(bad).toEqual([]);
  });

  it('hits both ends of int() and has sane normal() moments', () => {
    const r = createRng(3);
    const seen = new Set<number>();
    let sum = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      seen.add(r.int(0, 3));
      const z = r.normal(2, 0.5);
      sum += z;
      sq += z * z;
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    const mean = sum / n;
    expect(mean).toBeCloseTo(2, 1);
    expect(Math.sqrt(sq / n - mean * mean)).toBeCloseTo(0.5, 1);
  });

  it('chance() matches its probability and pick() rejects an empty array', () => {
    const r = createRng(11);
    let hits = 0;
    for (let i = 0; i < 10000; i++) if (r.chance(0.3)) hits++;
    expect(hits / 10000).toBeGreaterThan(0.27);
    expect(hits / 10000).toBeLessThan(0.33);
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('fork() gives a reproducible independent stream', () => {
    const f1 = createRng(5).fork();
    const f2 = createRng(5).fork();
    expect(f1.next()).toBe(f2.next());
  });
});
