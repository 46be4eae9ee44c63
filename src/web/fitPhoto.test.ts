import { describe, expect, it } from 'vitest';
import { fitPhoto, toSurface } from './fitPhoto.ts';

describe('fitPhoto', () => {
  it('fits a large photo whole, centred, keeping its aspect ratio', () => {
    const place = fitPhoto(4000, 3000, 824, 424);
    expect(place.scale).toBeCloseTo(400 / 3000);
    expect(place.height).toBeCloseTo(400);
    expect(place.width).toBeCloseTo(533.33, 1);
    expect(place.x).toBeCloseTo((824 - place.width) / 2);
    expect(place.y).toBeCloseTo(12);
  });

  it('fits a tall photo by its height and a wide one by its width', () => {
    expect(fitPhoto(1000, 4000, 400, 400).height).toBeCloseTo(376);
    expect(fitPhoto(4000, 100, 400, 400).width).toBeCloseTo(376);
  });

  it('enlarges a small crop at most twice', () => {
    const place = fitPhoto(50, 20, 800, 400);
    expect(place.scale).toBe(2);
    expect(place).toMatchObject({ width: 100, height: 40, x: 350, y: 180 });
  });

  it('survives a surface or photo of no size', () => {
    for (const p of [fitPhoto(0, 0, 800, 400), fitPhoto(100, 100, 0, 0)]) {
      expect(Number.isFinite(p.scale) && p.scale > 0).toBe(true);
    }
  });
});

describe('toSurface', () => {
  it('maps a box in photo pixels to where the surface shows it', () => {
    const place = { scale: 0.5, x: 10, y: 20, width: 100, height: 50 };
    expect(toSurface([40, 60, 20, 30], place)).toEqual([30, 50, 10, 15]);
  });
});
