import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, zoomView } from './zoomView.ts';

/** The ink point (sheet px) that client point [x, y] falls on in `view`. */
const ink = (view: { zoom: number; left: number; top: number }, x: number, y: number) => [
  (x - view.left) / view.zoom,
  (y - view.top) / view.zoom,
];

describe('zoomView', () => {
  const view = { zoom: 1, left: 20, top: 300 };

  it('only moves the sheet with the fingers when their spread stays the same', () => {
    const next = zoomView(view, { x: 100, y: 400, spread: 40 }, { x: 90, y: 350, spread: 40 });
    expect(next).toEqual({ zoom: 1, left: 10, top: 250 });
  });

  it('zooms by the change in spread about the fingers, keeping the ink under them', () => {
    const next = zoomView(view, { x: 120, y: 400, spread: 30 }, { x: 120, y: 400, spread: 60 });
    expect(next.zoom).toBe(2);
    expect(ink(next, 120, 400)).toEqual(ink(view, 120, 400));
    // The origin moves away from the centre: the sheet grows about the fingers.
    expect(next).toEqual({ zoom: 2, left: -80, top: 200 });
  });

  it('zooms and follows the fingers at once', () => {
    const from = { x: 200, y: 500, spread: 50 };
    const to = { x: 150, y: 420, spread: 75 };
    const next = zoomView({ zoom: 2, left: -80, top: 200 }, from, to);
    expect(next.zoom).toBe(3);
    const [ax, ay] = ink({ zoom: 2, left: -80, top: 200 }, from.x, from.y);
    const [bx, by] = ink(next, to.x, to.y);
    expect(bx).toBeCloseTo(ax!, 9);
    expect(by).toBeCloseTo(ay!, 9);
  });

  it(`stays within ${MIN_ZOOM}× and ${MAX_ZOOM}×, still keeping the ink under the fingers`, () => {
    const at = { x: 100, y: 400 };
    const big = zoomView(view, { ...at, spread: 10 }, { ...at, spread: 1000 });
    expect(big.zoom).toBe(MAX_ZOOM);
    expect(ink(big, at.x, at.y)).toEqual(ink(view, at.x, at.y));
    expect(zoomView(view, { ...at, spread: 1000 }, { ...at, spread: 10 }).zoom).toBe(MIN_ZOOM);
  });

  it('comes back to 1 exactly by the inverse ratio', () => {
    const at = { x: 77, y: 333, spread: 1 };
    const zoomed = zoomView(view, at, { ...at, spread: 1.7 });
    expect(zoomView(zoomed, { ...at, spread: zoomed.zoom }, at).zoom).toBe(1);
  });

  it('takes a spread of nought (one finger left) as a move only', () => {
    const next = zoomView(view, { x: 100, y: 400, spread: 0 }, { x: 110, y: 400, spread: 25 });
    expect(next).toEqual({ zoom: 1, left: 30, top: 300 });
  });
});
