import { describe, expect, it } from 'vitest';
import type { Raster } from '../types.ts';
import { testPaper as paper, type Point } from './testPaper.ts';
import { connectedComponents } from './connectedComponents.ts';
import { splitRadicands } from './splitRadicands.ts';

const boxes = (r: Raster): number[][] =>
  splitRadicands(r, connectedComponents(r)).components.map((c) => [
    c.box.x,
    c.box.y,
    c.box.w,
    c.box.h,
  ]);

/** A root's sign: tick, the stroke rising to the bar, the bar (slightly slanted). */
const sign: Point[] = [
  [10, 80],
  [20, 70],
  [35, 115],
  [55, 20],
  [180, 24],
];
/** A digit-like loop under the bar, its top touching the bar. */
const digit: Point[] = [
  [80, 24],
  [110, 24],
  [110, 100],
  [80, 100],
  [80, 24],
];

describe('splitRadicands', () => {
  it('cuts the writing that touches a root bar from the sign', () => {
    expect(boxes(paper([sign]))).toHaveLength(1);
    const cut = boxes(paper([sign, digit]));
    expect(cut).toHaveLength(2);
    // The sign keeps its tick and bar; the digit keeps all but the rows it shared with the bar.
    expect(cut[0]).toEqual(boxes(paper([sign]))[0]);
    expect(cut[1]![1]).toBeGreaterThan(24);
    expect(cut[1]![3]).toBeGreaterThan(60);
  });

  it("keeps a curl at the bar's far end with the sign, and still cuts the writing", () => {
    const curled: Point[] = [...sign, [186, 40]];
    const cut = boxes(paper([curled, digit]));
    expect(cut).toHaveLength(2);
    expect(cut[0]).toEqual(boxes(paper([curled]))[0]);
  });

  it('cuts it when the bar slants and the tick stands apart', () => {
    const tick: Point[] = [
      [10, 80],
      [20, 70],
      [35, 115],
      [52, 36],
    ];
    const bar: Point[] = [
      [57, 30],
      [180, 14],
    ];
    const under: Point[] = [
      [80, 27],
      [110, 23],
      [110, 100],
      [80, 100],
      [80, 27],
    ];
    expect(boxes(paper([tick, bar, under]))).toHaveLength(3);
  });

  it('cuts a first digit touching the stroke that rises to the bar, along that stroke', () => {
    // A `6`-like digit whose top left corner touches the rise, clear of the bar.
    const six: Point[] = [
      [80, 35],
      [57, 35],
      [62, 100],
      [90, 100],
      [90, 65],
      [62, 65],
    ];
    expect(boxes(paper([sign, six]))).toHaveLength(2);
    const [signBox, sixBox] = boxes(paper([sign, six]));
    expect(signBox![2]).toBeGreaterThan(150);
    expect(sixBox![0]).toBeGreaterThan(40);
    expect(sixBox![3]).toBeGreaterThan(50);
  });

  it('follows a rise that bows, with no tick apart, when more writing stands under the bar', () => {
    // The tick is a hook within a pen of the point; the rise bows right of the straight line
    // from the point to the bar's start, and the first digit touches it near the top.
    const bowed: Point[] = [
      [30, 106],
      [36, 116],
      [50, 90],
      [54, 60],
      [48, 20],
      [190, 20],
    ];
    const first: Point[] = [
      [85, 34],
      [52, 34],
      [62, 100],
      [88, 100],
      [88, 66],
      [62, 66],
    ];
    const second: Point[] = [
      [130, 34],
      [160, 34],
      [160, 100],
      [130, 100],
      [130, 34],
    ];
    const cut = boxes(paper([bowed, first, second]));
    expect(cut).toHaveLength(3);
    // The sign keeps its whole rise: no sliver of the bow is cut off as writing.
    expect(cut[0]).toEqual(boxes(paper([bowed]))[0]);
    expect(cut[1]![0]).toBeGreaterThan(50);
    // Alone under the bar, the digit could be a `5`'s bowl under its flag: left whole.
    expect(boxes(paper([bowed, first]))).toHaveLength(1);
  });

  it('leaves a `5` whose bowl comes back to its stem whole: no tick left of that stroke', () => {
    const five: Point[] = [
      [150, 20],
      [40, 20],
      [38, 112],
    ];
    const bowl: Point[] = [
      [40, 60],
      [100, 60],
      [110, 90],
      [90, 118],
      [38, 112],
    ];
    expect(boxes(paper([five, bowl]))).toHaveLength(1);
  });

  it('leaves a `7`, a `5` and a `3` whole', () => {
    const seven: Point[] = [
      [40, 20],
      [120, 20],
      [60, 120],
    ];
    const five: Point[] = [
      [120, 20],
      [40, 20],
      [40, 60],
      [100, 60],
      [110, 90],
      [90, 118],
      [40, 110],
    ];
    const three: Point[] = [
      [30, 40],
      [40, 20],
      [120, 20],
      [80, 65],
      [120, 90],
      [100, 118],
      [35, 110],
    ];
    for (const digit of [seven, five, three]) expect(boxes(paper([digit]))).toHaveLength(1);
  });

  it('leaves a bar whose writing reaches its end whole (it cannot be told from a `7`)', () => {
    const reaching: Point[] = [
      [150, 24],
      [180, 24],
      [180, 100],
      [150, 100],
      [150, 24],
    ];
    expect(boxes(paper([sign, reaching]))).toHaveLength(1);
  });
});
