import { describe, expect, it } from 'vitest';
import { inkBox, type ModelImage, type Parts } from '../types.ts';
import { partsOfLine } from './partsOfLine.ts';

describe('partsOfLine', () => {
  const drawn: number[][] = [];
  const parts: Parts = {
    boxes: [0, 1, 2, 3].map((i) => inkBox(i * 10, 0, 5, 5)),
    sourceIndex: [0, 0, 1, 2],
    crossings: [
      [0, 1],
      [1, 3],
      [2, 3],
    ],
    noDot: [false, true, false, true],
    render: (members) => {
      drawn.push([...members]);
      return new Float32Array(784) as ModelImage;
    },
  };

  it('renumbers the parts of a line and keeps the strokes they come from', () => {
    const line = partsOfLine(parts, [1, 3]);
    expect(line.boxes).toEqual([parts.boxes[1], parts.boxes[3]]);
    expect(line.sourceIndex).toEqual([0, 2]);
    expect(line.noDot).toEqual([true, true]);
    // Only crossings within the line, in its own numbering.
    expect(line.crossings).toEqual([[0, 1]]);
    line.render([1, 0], inkBox(0, 0, 1, 1));
    expect(drawn.at(-1)).toEqual([3, 1]);
  });
});
