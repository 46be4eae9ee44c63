import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.ts';
import { dropPenSpecks } from './dropPenSpecks.ts';
import { testPaper } from './testPaper.ts';

// Two digits 80 tall in the 6 px pen of testPaper.
const ONE = [
  [30, 30],
  [30, 110],
] as const;
const SEVEN = [
  [60, 30],
  [100, 30],
  [75, 110],
] as const;

describe('dropPenSpecks', () => {
  it('drops a speck smaller than the pen and a hairline, and keeps a point a pen across', () => {
    const point = [
      [130, 108],
      [131, 108],
    ] as const;
    const paper = testPaper([ONE, SEVEN, point]);
    // A speck 4 px across, and a hairline 1 px thick and 40 long (a ruled line's remnant).
    for (let y = 106; y < 110; y++)
      for (let x = 150; x < 154; x++) paper.data[y * paper.width + x] = 1;
    for (let x = 120; x < 160; x++) paper.data[20 * paper.width + x] = 1;
    const map = connectedComponents(paper);
    expect(map.components).toHaveLength(5);
    const kept = dropPenSpecks(map, paper.width);
    expect(kept.components.map((c) => c.box.x)).toEqual([27, 57, 127]);
    // The dropped marks' pixels are paper now.
    expect(kept.labels[108 * paper.width + 151]).toBe(0);
    expect(kept.labels[20 * paper.width + 140]).toBe(0);
    expect(map.labels[20 * paper.width + 140]).not.toBe(0);
  });

  it('drops nothing where no writing measures the pen', () => {
    const paper = testPaper([[[20, 20]], [[40, 20]]]);
    const map = connectedComponents(paper);
    expect(dropPenSpecks(map, paper.width)).toBe(map);
  });
});
