import { describe, expect, it } from 'vitest';
import type { Ink } from '../types.ts';
import { MODEL_SIZE } from '../types.ts';
import { strokeParts } from './strokeParts.ts';

const plus: Ink = [
  [
    [0, 30],
    [60, 30],
  ],
  [],
  [
    [30, 0],
    [30, 60],
  ],
];
// `10` without lifting the pen: down the 1, along the foot, round the 0.
const loop = Array.from({ length: 41 }, (_, i) => {
  const a = Math.PI / 2 + (i / 40) * 2 * Math.PI;
  return [125 + 30 * Math.cos(a), 70 + 50 * Math.sin(a)] as const;
});
const ten: Ink = [[[40, 20], [40, 120], [120, 120], ...loop]];

describe('strokeParts', () => {
  it('drops empty strokes, keeps each part pointing at its stroke, and pairs crossings', () => {
    const parts = strokeParts(plus);
    expect(parts.boxes).toHaveLength(2);
    expect(parts.sourceIndex).toEqual([0, 2]);
    expect(parts.crossings).toEqual([[0, 1]]);
  });

  it('slices a stroke holding several digits, each slice still from that stroke', () => {
    const sliced = strokeParts(ten);
    expect(sliced.boxes.length).toBeGreaterThan(1);
    expect(new Set(sliced.sourceIndex)).toEqual(new Set([0]));
    expect(strokeParts(ten, null).boxes).toHaveLength(1);
  });

  it('marks every slice of a stroke that closes on itself as a loop (a wide `0`)', () => {
    const zero = Array.from({ length: 41 }, (_, i) => {
      const a = -Math.PI / 3 - (i / 40) * 1.9 * Math.PI;
      return [55 + 55 * Math.cos(a), 45 + 45 * Math.sin(a)] as const;
    });
    const parts = strokeParts([zero]);
    expect(parts.boxes.length).toBeGreaterThan(1);
    expect(parts.loops).toEqual(parts.boxes.map(() => true));
    expect(strokeParts(ten).loops?.every((l) => !l)).toBe(true);
  });

  it('draws any group of parts as one 28×28 model image', () => {
    const parts = strokeParts(plus);
    const image = parts.render([0, 1], parts.boxes[0]!);
    expect(image).toHaveLength(MODEL_SIZE * MODEL_SIZE);
    expect(Math.max(...image)).toBeGreaterThan(0.5);
  });
});
