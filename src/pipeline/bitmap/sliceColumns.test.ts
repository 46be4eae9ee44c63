import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.ts';
import { sliceColumns } from './sliceColumns.ts';
import { testPaper } from './testPaper.ts';

describe('sliceColumns', () => {
  it('cuts a component into column slices with new ids, leaving out empty ones', () => {
    const { components, labels } = connectedComponents(
      testPaper([
        [
          [20, 50],
          [120, 50],
        ],
      ]),
    );
    const bar = components[0]!;
    let next = 100;
    const newId = (): number => next++;
    const slices = sliceColumns(labels, 200, bar, [40, 40, 80], newId);
    // The bar is 107 px wide (pen 6): slices of 40, 0 (left out) and 27 columns.
    expect(slices.map((s) => [s.id, s.box.x, s.box.w])).toEqual([
      [bar.id, bar.box.x, 40],
      [101, bar.box.x + 40, 40],
      [102, bar.box.x + 80, bar.box.w - 80],
    ]);
    expect(slices.reduce((n, s) => n + s.pixelCount, 0)).toBe(bar.pixelCount);
    expect(labels.filter((l) => l === 101).length).toBe(slices[1]!.pixelCount);
  });
});
