import { describe, expect, it } from 'vitest';
import { leansPast } from './leansPast.ts';

const labels = ['1', '/', '7'];
const reads = (label: string): Float32Array =>
  Float32Array.from(labels, (l) => (l === label ? 0.8 : 0.1));

describe('leansPast', () => {
  it("measures a stroke read `1` or `/` against the line's other such strokes", () => {
    const probs = [reads('1'), reads('7'), reads('/'), reads('1')];
    expect(leansPast([5, 40, 30, -2], probs, labels)).toEqual([-25, undefined, 25, -32]);
  });

  it('says nothing of a stroke alone in its kind, or of one with no lean', () => {
    expect(leansPast([30, 0], [reads('1'), reads('7')], labels)).toEqual([undefined, undefined]);
    expect(leansPast([30, undefined], [reads('1'), reads('1')], labels)).toEqual([
      undefined,
      undefined,
    ]);
  });
});
