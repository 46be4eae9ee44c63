import { describe, expect, it } from 'vitest';
import { doubtedSymbols } from './doubtedSymbols.ts';

type Box = readonly [number, number, number, number];

describe('doubtedSymbols', () => {
  it('names the symbol a layout doubts and what it stands on, and nothing else', () => {
    // A 3 whose middle stands at 0.28 of the 1's height: 13³, or 133 if a little lower.
    const near = [
      { symbol: '1', box: [-14, 0, 8, 20] as Box },
      { symbol: '2', box: [0, 0, 10, 20] as Box },
      { symbol: '3', box: [12, 0.6, 6, 10] as Box },
      { symbol: '+', box: [22, 7, 8, 6] as Box },
      { symbol: '4', box: [34, 0, 10, 20] as Box },
    ];
    expect(doubtedSymbols(near)).toEqual([1, 2]);
  });

  it('names none in a layout that is clear', () => {
    const clear = [
      { symbol: '2', box: [0, 0, 10, 20] as Box },
      { symbol: '3', box: [12, -4, 6, 10] as Box },
    ];
    expect(doubtedSymbols(clear)).toEqual([]);
    expect(doubtedSymbols([])).toEqual([]);
  });
});
