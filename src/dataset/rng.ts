// A tiny seeded PRNG for the synthetic-ink generators. Training data must be reproducible
// from a seed (so a bad sample can be regenerated and inspected), which Math.random is not.
// mulberry32 is fast, has a full 2^32 period and passes the statistical tests that matter
// for jittering pen strokes; nothing here needs cryptographic quality.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  /** Gaussian with mean mu and standard deviation sigma. */
  normal(mu?: number, sigma?: number): number;
  /** Integer uniform in [a, b], both ends included. */
  int(a: number, b: number): number;
  /** One element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An independent generator derived from this one (for sub-generators that must not shift the parent's sequence when they change). */
  fork(): Rng;
}

export function createRng(seed: number): Rng {
  // Hash the seed once so that neighbouring seeds (0, 1, 2...) do not start with
  // correlated first draws, which mulberry32 otherwise shows for tiny seeds.
  let state = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  // Box-Muller yields pairs; keep the spare so normal() costs one log per two draws.
  let spare: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const rng: Rng = {
    next,
    uniform: (a, b) => a + (b - a) * next(),
    normal: (mu = 0, sigma = 1) => {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mu + sigma * z;
      }
      // 1 - next() is in (0, 1], so the log is finite.
      const r = Math.sqrt(-2 * Math.log(1 - next()));
      const a = 2 * Math.PI * next();
      spare = r * Math.sin(a);
      return mu + sigma * r * Math.cos(a);
    },
    int: (a, b) => {
      const lo = Math.ceil(Math.min(a, b));
      const hi = Math.floor(Math.max(a, b));
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    pick: <T>(arr: readonly T[]): T => {
      if (arr.length === 0) throw new RangeError('pick() needs a non-empty array');
      return arr[Math.floor(next() * arr.length)] as T;
    },
    chance: (p) => next() < p,
    fork: () => createRng(Math.floor(next() * 4294967296)),
  };
  return rng;
}
