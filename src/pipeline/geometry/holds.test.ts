import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { holds } from './holds.ts';

describe('holds', () => {
  it('holds what stands under a one-stroke root sign, right of its tick', () => {
    const sign = inkBox(0, 0, 200, 100);
    expect(holds(sign, inkBox(60, 25, 40, 70))).toBe(true);
    // Not the tick's own corner, not something touching the bar, not a speck.
    expect(holds(sign, inkBox(5, 40, 20, 50))).toBe(false);
    expect(holds(sign, inkBox(60, 2, 40, 70))).toBe(false);
    expect(holds(sign, inkBox(60, 40, 10, 10))).toBe(false);
  });

  it('holds what stands under a bar drawn on its own only beside its tick', () => {
    const bar = inkBox(40, 0, 100, 3);
    const four = inkBox(60, 15, 40, 70);
    const tick = inkBox(0, 2, 40, 90);
    expect(holds(bar, four, [tick, four])).toBe(true);
    expect(holds(bar, four, [four])).toBe(false);
    // The hat of a 5: no tick reaches up to it.
    expect(holds(inkBox(0, 0, 120, 8), inkBox(0, 12, 100, 110), [])).toBe(false);
    // A short bar over a 9 beside its tick, as `√9` is written quickly; not a dash.
    expect(holds(inkBox(40, 0, 60, 3), four, [tick, four])).toBe(true);
    expect(holds(inkBox(40, 0, 40, 3), inkBox(45, 15, 30, 70), [tick, four])).toBe(false);
  });

  it('holds with a sign whose bar stops short only what starts in its right part, tall', () => {
    // A tick and a short bar over a 9: the sign as wide as it is tall.
    const sign = inkBox(0, 0, 100, 110);
    expect(holds(sign, inkBox(45, 20, 45, 80))).toBe(true);
    // The other stroke of a `×`, starting at its left, and a `%`'s small ring.
    expect(holds(inkBox(0, 0, 33, 28), inkBox(5, 3, 27, 16))).toBe(false);
    expect(holds(sign, inkBox(60, 70, 30, 35))).toBe(false);
    // A bar going on a quarter of the sign's width past what it holds; a mark inside the
    // sign's left part (a slash inside a `0` is no radicand either: segmentation knows loops).
    expect(holds(sign, inkBox(45, 20, 30, 80))).toBe(true);
    expect(holds(inkBox(0, 0, 80, 100), inkBox(35, 10, 15, 80))).toBe(false);
    // The stem of a `4` beside its corner starts halfway down.
    expect(holds(inkBox(84, 71, 90, 81), inkBox(131, 112, 6, 47))).toBe(false);
    // A long bar makes a sign wide, not its tick: a digit just right of a short tick is held.
    expect(holds(inkBox(0, 0, 300, 100), inkBox(35, 20, 30, 75))).toBe(true);
  });

  it("holds, in a picture, a digit right under the thick bar's lower edge", () => {
    // The sign's box starts at the top of a bar a pen thick; the `9` starts just under it.
    const sign = inkBox(0, 0, 75, 100);
    expect(holds(sign, inkBox(36, 9, 31, 70))).toBe(true);
    // A `4` beside the tick, starting at 28 % of a narrow sign's width.
    expect(holds(inkBox(0, 0, 114, 104), inkBox(32, 11, 61, 74))).toBe(true);
    expect(holds(sign, inkBox(36, 5, 31, 70))).toBe(false);
  });
});
