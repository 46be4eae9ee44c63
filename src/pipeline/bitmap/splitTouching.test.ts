import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connectedComponents } from './connectedComponents.ts';
import { splitTouching } from './splitTouching.ts';
import type { Raster } from '../types.ts';

function raster(width: number, height: number): Raster {
  return { width, height, data: new Float32Array(width * height) };
}

/** A pen-drawn ring (a `0`), `pen` px thick. */
function ring(r: Raster, cx: number, cy: number, rx: number, ry: number, pen = 4): void {
  for (let y = 0; y < r.height; y++)
    for (let x = 0; x < r.width; x++) {
      const d = Math.hypot((x - cx) / rx, (y - cy) / ry);
      if (Math.abs(d - 1) * Math.min(rx, ry) <= pen / 2) r.data[y * r.width + x] = 1;
    }
}

function fill(r: Raster, x: number, y: number, w: number, h: number): void {
  for (let yy = y; yy < y + h; yy++)
    for (let xx = x; xx < x + w; xx++) r.data[yy * r.width + xx] = 1;
}

const boxes = (r: Raster) =>
  splitTouching(r, connectedComponents(r)).components.map((c) => [c.box.x, c.box.w]);

describe('splitTouching', () => {
  it('cuts a `10` joined by a pen stroke where the link is thinnest', () => {
    const r = raster(200, 120);
    fill(r, 30, 10, 6, 100); // the 1
    fill(r, 30, 104, 76, 6); // the pen running on along the bottom...
    ring(r, 120, 60, 30, 48); // ...into the 0, whose rim it meets near x ≈ 100
    const whole = connectedComponents(r);
    expect(whole.components).toHaveLength(1);
    const split = splitTouching(r, whole);
    expect(split.components).toHaveLength(2);
    const [a, b] = split.components;
    expect(a!.box.x).toBe(30);
    expect(b!.box.x).toBe(a!.box.x + a!.box.w);
    // The cut falls in the link, between the 1 and the 0's rim.
    expect(b!.box.x).toBeGreaterThan(36);
    expect(b!.box.x).toBeLessThan(100);
    // Every pixel keeps a label, now one slice's or the other's.
    expect(a!.pixelCount + b!.pixelCount).toBe(whole.components[0]!.pixelCount);
    const ids = new Set(split.labels.filter((l) => l !== 0));
    expect([...ids].sort()).toEqual([a!.id, b!.id].sort());
    // The input map is not changed.
    expect(new Set(whole.labels.filter((l) => l !== 0))).toEqual(new Set([1]));
  });

  it('does not cut rings that overlap along their rims: the join is their thickest ink', () => {
    const r = raster(200, 100);
    ring(r, 60, 50, 28, 40);
    ring(r, 116, 50, 28, 40);
    expect(boxes(r)).toHaveLength(1);
  });

  it('leaves one wide ring, a bar, a `4`-like corner and a narrow digit whole', () => {
    const o = raster(200, 100);
    ring(o, 100, 50, 60, 40);
    expect(boxes(o)).toHaveLength(1);
    const bar = raster(200, 40);
    fill(bar, 10, 15, 180, 6);
    expect(boxes(bar)).toHaveLength(1);
    const four = raster(120, 120);
    fill(four, 10, 60, 80, 6); // the arm, flat: not a symbol of its own height
    fill(four, 80, 10, 6, 100);
    expect(boxes(four)).toHaveLength(1);
    const one = raster(60, 120);
    ring(one, 30, 60, 20, 50);
    expect(boxes(one)).toHaveLength(1);
  });

  it('leaves a component with ink above or below it whole (the bar of a ÷)', () => {
    const r = raster(200, 150);
    fill(r, 30, 40, 6, 100);
    fill(r, 30, 134, 76, 6);
    ring(r, 120, 90, 30, 48);
    expect(boxes(r)).toHaveLength(2);
    fill(r, 70, 5, 8, 8);
    expect(boxes(r)).toHaveLength(2); // the dot, and the rest whole
  });

  it('keeps every labelled pixel and never leaves an empty slice, whatever the blob', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cx: fc.integer({ min: 20, max: 180 }),
            cy: fc.integer({ min: 20, max: 80 }),
            rx: fc.integer({ min: 5, max: 40 }),
            ry: fc.integer({ min: 5, max: 40 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (rings) => {
          const r = raster(200, 100);
          for (const g of rings) ring(r, g.cx, g.cy, g.rx, g.ry);
          const whole = connectedComponents(r);
          const split = splitTouching(r, whole);
          const labelled = (l: Int32Array) => l.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
          expect(labelled(split.labels)).toBe(labelled(whole.labels));
          for (const c of split.components) {
            expect(c.pixelCount).toBeGreaterThan(0);
            expect(split.labels.filter((l) => l === c.id).length).toBe(c.pixelCount);
          }
          expect(split.components.length).toBeGreaterThanOrEqual(whole.components.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
