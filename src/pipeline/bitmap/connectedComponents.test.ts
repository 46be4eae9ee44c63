import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connectedComponents } from './connectedComponents.ts';
import { inkMap } from './inkMap.ts';
import type { GreyImage, Raster } from '../types.ts';

function raster(width: number, height: number): Raster {
  return { width, height, data: new Float32Array(width * height) };
}

function fill(r: Raster, x: number, y: number, w: number, h: number, v = 1): void {
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) r.data[yy * r.width + xx] = v;
  }
}

function disc(r: Raster, cx: number, cy: number, radius: number): void {
  for (let y = Math.floor(cy - radius); y <= cy + radius; y++) {
    for (let x = Math.floor(cx - radius); x <= cx + radius; x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) r.data[y * r.width + x] = 1;
    }
  }
}

/** `1 ÷ 7`-ish: a tall stroke sets the symbol height; the ÷ dots are ~1/15 of it. */
function divisionScene(): Raster {
  const r = raster(300, 140);
  fill(r, 20, 20, 10, 100); // "1", 100 px tall
  fill(r, 80, 67, 70, 7); // ÷ bar
  disc(r, 115, 50, 3.5); // ÷ dots, 7 px across
  disc(r, 115, 90, 3.5);
  fill(r, 200, 20, 60, 10); // "7"
  fill(r, 240, 30, 10, 90);
  return r;
}

function toGrey(r: Raster, ink: number, paper: number): GreyImage {
  return {
    width: r.width,
    height: r.height,
    data: Uint8Array.from(r.data, (v) => Math.round(paper + (ink - paper) * v)),
  };
}

const boxOf = (c: { box: { x: number; y: number; w: number; h: number } }) => [
  c.box.x,
  c.box.y,
  c.box.w,
  c.box.h,
];

describe('connectedComponents', () => {
  it('finds nothing in a blank raster', () => {
    const { components, labels } = connectedComponents(raster(50, 40));
    expect(components).toEqual([]);
    expect(labels.every((l) => l === 0)).toBe(true);
  });

  it('splits ÷ into bar and two dots, keeping the dots, in left-to-right order', () => {
    const { components } = connectedComponents(divisionScene());
    expect(components.map(boxOf)).toEqual([
      [20, 20, 10, 100],
      [80, 67, 70, 7],
      [112, 47, 7, 7],
      [112, 87, 7, 7],
      [200, 20, 60, 100],
    ]);
    expect(components.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the same components for black-on-white and white-on-black images', () => {
    const scene = divisionScene();
    const dark = connectedComponents(inkMap(toGrey(scene, 15, 245)));
    const light = connectedComponents(inkMap(toGrey(scene, 245, 15)));
    expect(dark.components.length).toBe(5);
    expect(light.components).toEqual(dark.components);
    expect(Array.from(light.labels)).toEqual(Array.from(dark.labels));
  });

  it('drops specks far smaller than the largest symbol, and clears their labels', () => {
    const r = divisionScene();
    for (const [x, y] of [
      [5, 5],
      [60, 130],
      [180, 10],
      [290, 135],
    ] as const) {
      fill(r, x, y, 2, 2);
    }
    const { components, labels } = connectedComponents(r);
    expect(components.length).toBe(5);
    expect(labels[5 * 300 + 5]).toBe(0);
    expect(labels[130 * 300 + 60]).toBe(0);
  });

  it('keeps everything when no component dwarfs the others (a tiny image)', () => {
    const r = raster(10, 6);
    fill(r, 1, 1, 3, 3);
    fill(r, 6, 2, 1, 1);
    expect(connectedComponents(r).components.length).toBe(2);
  });

  it('joins diagonal neighbours (8-connectivity)', () => {
    const r = raster(10, 10);
    for (let i = 0; i < 8; i++) r.data[(i + 1) * 10 + i + 1] = 1;
    const { components } = connectedComponents(r);
    expect(components.length).toBe(1);
    expect(components[0]!.pixelCount).toBe(8);
  });

  it('respects minCoverage, and gives the anti-aliased rim to its component', () => {
    const r = raster(30, 20);
    fill(r, 5, 5, 5, 10); // left core
    fill(r, 12, 5, 5, 10); // right core
    fill(r, 10, 5, 2, 10, 0.3); // faint ink between them: rim, not a bridge
    const { components, labels } = connectedComponents(r);
    expect(components.length).toBe(2);
    expect(labels[10 * 30 + 10]).toBe(1);
    expect(labels[10 * 30 + 11]).toBe(2);
    expect(components[0]!.pixelCount).toBe(60);

    // With a low enough minCoverage the faint ink is ink, and joins them.
    expect(connectedComponents(r, 0.2).components.length).toBe(1);
  });

  it('labels one blob filling a 4000×4000 image without overflowing the stack', () => {
    const r = raster(4000, 4000);
    r.data.fill(1);
    const { components } = connectedComponents(r);
    expect(components.length).toBe(1);
    expect(components[0]!.pixelCount).toBe(16_000_000);
    expect(boxOf(components[0]!)).toEqual([0, 0, 4000, 4000]);
  });

  it('labels a long serpentine path (deep search) as one component', () => {
    const size = 401;
    const r = raster(size, size);
    for (let y = 0; y < size; y += 2) {
      fill(r, 0, y, size, 1);
      if (y + 1 < size) r.data[(y + 1) * size + ((y / 2) % 2 === 0 ? size - 1 : 0)] = 1;
    }
    expect(connectedComponents(r).components.length).toBe(1);
  });

  it('agrees with the labels it returns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.infiniteStream(fc.boolean()),
        (width, height, bits) => {
          const it = bits[Symbol.iterator]();
          const r: Raster = {
            width,
            height,
            data: Float32Array.from({ length: width * height }, () => (it.next().value ? 1 : 0)),
          };
          const { components, labels } = connectedComponents(r);
          for (const c of components) {
            let count = 0;
            labels.forEach((l, i) => {
              if (l !== c.id) return;
              count++;
              const x = i % width;
              const y = Math.floor(i / width);
              expect(x >= c.box.x && x < c.box.x + c.box.w).toBe(true);
              expect(y >= c.box.y && y < c.box.y + c.box.h).toBe(true);
            });
            expect(count).toBe(c.pixelCount);
          }
          labels.forEach((l, i) => {
            if (l !== 0) expect(r.data[i]).toBe(1);
            expect(l >= 0 && l <= components.length).toBe(true);
          });
        },
      ),
    );
  });
});
