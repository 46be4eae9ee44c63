import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.ts';
import { cropComponents } from './cropComponents.ts';
import { InkCalcError } from '../errors.ts';
import { inkBox, type Raster } from '../types.ts';

function raster(width: number, height: number): Raster {
  return { width, height, data: new Float32Array(width * height) };
}

function fill(r: Raster, x: number, y: number, w: number, h: number, v = 1): void {
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) r.data[yy * r.width + xx] = v;
  }
}

const at = (r: Raster, x: number, y: number): number => r.data[y * r.width + x]!;
const sum = (r: Raster): number => r.data.reduce((a, v) => a + v, 0);

describe('cropComponents', () => {
  it("excludes a neighbour's ink that reaches into the box", () => {
    // An L (like the foot of a 7) whose box wraps a small block written tucked inside it.
    const r = raster(60, 40);
    fill(r, 5, 5, 4, 30); // L: upright
    fill(r, 5, 31, 40, 4); // L: foot
    fill(r, 20, 10, 8, 8, 0.8); // the neighbour, inside the L's box
    const { components, labels } = connectedComponents(r);
    expect(components.length).toBe(2);
    const [ell, block] = components;

    const crop = cropComponents(r, labels, [ell!.id], ell!.box);
    expect(crop.width).toBe(40);
    expect(crop.height).toBe(30);
    expect(at(crop, 17, 7)).toBe(0); // where the block is
    expect(at(crop, 0, 0)).toBe(1);
    expect(sum(crop)).toBe(4 * 30 + 36 * 4);

    const other = cropComponents(r, labels, [block!.id], ell!.box);
    expect(at(other, 17, 7)).toBeCloseTo(0.8, 6);
    expect(sum(other)).toBeCloseTo(64 * 0.8, 4);
  });

  it('keeps several components together, for symbols made of parts like =', () => {
    const r = raster(40, 30);
    fill(r, 5, 8, 30, 3);
    fill(r, 5, 18, 30, 3);
    const { components, labels } = connectedComponents(r);
    expect(components.length).toBe(2);
    const crop = cropComponents(
      r,
      labels,
      components.map((c) => c.id),
      inkBox(5, 8, 30, 13),
    );
    expect(crop.width).toBe(30);
    expect(crop.height).toBe(13);
    expect(sum(crop)).toBe(180);
    expect(at(crop, 0, 0)).toBe(1);
    expect(at(crop, 0, 10)).toBe(1);
    expect(at(crop, 0, 5)).toBe(0);
  });

  it('keeps the grey anti-aliased rim of the chosen component', () => {
    const r = raster(20, 20);
    fill(r, 5, 5, 6, 6);
    fill(r, 11, 5, 1, 6, 0.25);
    const { components, labels } = connectedComponents(r);
    const crop = cropComponents(r, labels, [components[0]!.id], components[0]!.box);
    expect(crop.width).toBe(7);
    expect(at(crop, 6, 2)).toBeCloseTo(0.25, 6);
  });

  it('pads a box reaching outside the image with paper, snapping fractions outwards', () => {
    const r = raster(10, 10);
    fill(r, 0, 0, 3, 3);
    const { components, labels } = connectedComponents(r);
    const crop = cropComponents(r, labels, [components[0]!.id], inkBox(-2.5, -2, 6, 5.5));
    expect(crop.width).toBe(7); // x from -3 to 4 (exclusive)
    expect(crop.height).toBe(6); // y from -2 to 4 (exclusive)
    expect(at(crop, 0, 0)).toBe(0);
    expect(at(crop, 3, 2)).toBe(1);
    expect(sum(crop)).toBe(9);
  });

  it('returns an empty raster for an empty box and zeros for unknown ids', () => {
    const r = raster(10, 10);
    fill(r, 2, 2, 4, 4);
    const { labels } = connectedComponents(r);
    expect(cropComponents(r, labels, [1], inkBox(3, 3, 0, 0)).data.length).toBe(0);
    expect(sum(cropComponents(r, labels, [7, -1, 0], inkBox(0, 0, 10, 10)))).toBe(0);
  });

  it('refuses labels that do not belong to the ink map', () => {
    const r = raster(10, 10);
    expect(() => cropComponents(r, new Int32Array(50), [1], inkBox(0, 0, 5, 5))).toThrow(
      InkCalcError,
    );
  });
});
