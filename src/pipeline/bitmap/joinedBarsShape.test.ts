import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.ts';
import { joinedBarsShape } from './joinedBarsShape.ts';
import { testPaper, type Point } from './testPaper.ts';

const shape = (lines: readonly (readonly Point[])[]): boolean => {
  const paper = testPaper(lines);
  const { components, labels } = connectedComponents(paper);
  expect(components).toHaveLength(1);
  return joinedBarsShape(labels, paper.width, components[0]!);
};

describe('joinedBarsShape', () => {
  it('finds two bars joined by a thin link, as a `=` written like a `z` or an `ε`', () => {
    const z: Point[] = [
      [20, 30],
      [120, 30],
      [30, 70],
      [130, 70],
    ];
    expect(shape([z])).toBe(true);
    const epsilon: Point[] = [
      [120, 30],
      [20, 30],
      [70, 50],
      [20, 70],
      [120, 70],
    ];
    expect(shape([epsilon])).toBe(true);
  });

  it('leaves a `5`, a `2`, a lone bar and digit-tall ink', () => {
    const five: Point[] = [
      [110, 20],
      [40, 20],
      [35, 60],
      [80, 55],
      [110, 75],
      [100, 105],
      [60, 112],
      [30, 100],
    ];
    expect(shape([five])).toBe(false);
    const two: Point[] = [
      [30, 40],
      [50, 20],
      [90, 20],
      [105, 40],
      [30, 100],
      [115, 100],
    ];
    expect(shape([two])).toBe(false);
    const bar: Point[] = [
      [20, 50],
      [120, 50],
    ];
    expect(shape([bar])).toBe(false);
    const plus: Point[][] = [
      [
        [20, 50],
        [70, 50],
      ],
      [
        [45, 40],
        [45, 62],
      ],
    ];
    expect(shape(plus)).toBe(false);
    const tallZ: Point[] = [
      [20, 10],
      [60, 10],
      [20, 120],
      [60, 120],
    ];
    expect(shape([tallZ])).toBe(false);
  });
});
