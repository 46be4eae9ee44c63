import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inkMap } from './inkMap.ts';
import type { GreyImage } from '../types.ts';

function page(width: number, height: number, lum: number): GreyImage {
  return { width, height, data: new Uint8Array(width * height).fill(lum) };
}

function rect(img: GreyImage, x: number, y: number, w: number, h: number, lum: number): void {
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) img.data[yy * img.width + xx] = lum;
  }
}

function invert(img: GreyImage): GreyImage {
  return { ...img, data: img.data.map((v) => 255 - v) };
}

/** Deterministic noise, so a failure reproduces. */
function noisy(img: GreyImage, amplitude: number, seed = 1): GreyImage {
  let s = seed;
  const data = img.data.map((v) => {
    s = (s * 1103515245 + 12345) >>> 0;
    const r = ((s >>> 8) % (2 * amplitude + 1)) - amplitude;
    return Math.max(0, Math.min(255, v + r));
  });
  return { ...img, data };
}

const at = (r: { width: number; data: Float32Array }, x: number, y: number): number =>
  r.data[y * r.width + x]!;

describe('inkMap', () => {
  it.each([255, 200, 128, 0])('gives all zeros for a page of one colour (%i)', (lum) => {
    const out = inkMap(page(40, 30, lum));
    expect(out.width).toBe(40);
    expect(out.height).toBe(30);
    expect(out.data.every((v) => v === 0)).toBe(true);
  });

  it('does not turn JPEG-like noise on a white page into ink', () => {
    const out = inkMap(noisy(page(200, 100, 245), 10));
    expect(out.data.every((v) => v === 0)).toBe(true);
  });

  it('maps dark ink on white paper to coverage 1 and paper to 0', () => {
    const img = page(60, 40, 250);
    rect(img, 10, 10, 20, 8, 20);
    const out = inkMap(img);
    expect(at(out, 15, 12)).toBeCloseTo(1, 5);
    expect(at(out, 2, 2)).toBe(0);
    expect(at(out, 40, 30)).toBe(0);
  });

  it('gives the same map for white-on-black as for black-on-white', () => {
    const img = page(80, 50, 240);
    rect(img, 10, 10, 30, 6, 10);
    rect(img, 50, 5, 6, 40, 10);
    rect(img, 49, 5, 1, 40, 125); // an anti-aliased edge
    const a = inkMap(img);
    const b = inkMap(invert(img));
    expect(Array.from(b.data)).toEqual(Array.from(a.data));
    expect(a.data.some((v) => v > 0)).toBe(true);
  });

  it('finds ink on grey paper (a dim photo) in either polarity', () => {
    const img = noisy(page(100, 60, 150), 4);
    rect(img, 30, 20, 40, 10, 60);
    const dark = inkMap(img);
    expect(at(dark, 50, 25)).toBeGreaterThan(0.9);
    expect(at(dark, 5, 5)).toBe(0);

    const light = page(100, 60, 90);
    rect(light, 30, 20, 40, 10, 200);
    expect(at(inkMap(light), 50, 25)).toBeCloseTo(1, 5);
    expect(at(inkMap(light), 5, 5)).toBe(0);
  });

  it('keeps anti-aliased rims next to ink but not faint isolated pixels', () => {
    const img = page(60, 40, 255);
    rect(img, 20, 10, 10, 20, 0);
    rect(img, 30, 10, 1, 20, 128); // half-covered edge column
    rect(img, 19, 10, 1, 20, 255 - 90); // a faint rim, below the threshold but beside ink
    img.data[5 * 60 + 5] = 255 - 90; // the same faint grey alone on the page
    const out = inkMap(img);
    expect(at(out, 30, 15)).toBeGreaterThan(0.4);
    expect(at(out, 30, 15)).toBeLessThan(0.6);
    expect(at(out, 19, 15)).toBeGreaterThan(0);
    expect(at(out, 5, 5)).toBe(0);
  });

  it('finds ink that touches the border, as long as most of the border is paper', () => {
    const img = page(50, 50, 255);
    rect(img, 0, 20, 50, 5, 0); // a bar right across the image
    const out = inkMap(img);
    expect(at(out, 0, 22)).toBeCloseTo(1, 5);
    expect(at(out, 25, 5)).toBe(0);
  });

  it('reads a page lit from one side: ink in the shadow is ink, the shadow is not', () => {
    // Light falls to 40 % across the page, as under a phone held over it.
    const img = page(240, 120, 0);
    const light = (x: number): number => 1 - 0.6 * (x / 240);
    for (let y = 0; y < 120; y++) {
      for (let x = 0; x < 240; x++) {
        const ink = (y >= 50 && y < 58 && x >= 20 && x < 220) || (x >= 200 && x < 208 && y >= 20);
        img.data[y * 240 + x] = Math.round((ink ? 50 : 235) * light(x));
      }
    }
    const lit = noisy(img, 6);
    const out = inkMap(lit);
    expect(at(out, 30, 54)).toBeGreaterThan(0.8); // ink in full light
    expect(at(out, 210, 54)).toBeGreaterThan(0.8); // ink in the shadow
    expect(at(out, 204, 100)).toBeGreaterThan(0.8);
    for (const [x, y] of [
      [5, 5],
      [120, 20],
      [235, 5],
      [235, 115],
      [180, 100],
    ] as const) {
      expect(at(out, x, y)).toBe(0);
    }
    // Chalk on a board lit the same way reads the same.
    expect(Array.from(inkMap(invert(lit)).data).filter((v) => v > 0.5).length).toBeGreaterThan(
      0.9 * Array.from(out.data).filter((v) => v > 0.5).length,
    );
  });

  it('reads the sheet, not the desk, in a photo of a page lying on a table', () => {
    const img = page(300, 200, 0);
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 300; x++) {
        const onSheet = x >= 40 && x < 260 && y >= 30 && y < 170;
        const ink = y >= 96 && y < 104 && x >= 80 && x < 220;
        img.data[y * 300 + x] = onSheet ? (ink ? 40 : 225) : 60;
      }
    }
    const out = inkMap(noisy(img, 6));
    expect(at(out, 150, 100)).toBeGreaterThan(0.8);
    for (const [x, y] of [
      [5, 5],
      [20, 100],
      [150, 185],
      [295, 195],
      [150, 50],
    ] as const) {
      expect(at(out, x, y)).toBe(0);
    }
  });

  it('reads writing on ruled and squared paper whose lines are dark, without the lines', () => {
    // Lines at 60 % of the paper's light, 2 px, every 30 px; a `1` crosses three of them,
    // and the page is lit from one side, as a phone photographs a notebook.
    const one = (x: number, y: number): boolean => x >= 150 && x < 157 && y >= 40 && y < 130;
    for (const squared of [false, true]) {
      const img = page(320, 180, 0);
      for (let y = 0; y < 180; y++) {
        for (let x = 0; x < 320; x++) {
          const line = y % 30 < 2 || (squared && x % 30 < 2);
          const lum = one(x, y) ? 40 : line ? 0.6 * 235 : 235;
          img.data[y * 320 + x] = Math.round(lum * (1 - 0.3 * (x / 320)));
        }
      }
      const out = inkMap(noisy(img, 5));
      for (const y of [60, 61, 90, 91, 120, 121]) {
        expect(at(out, 153, y)).toBeGreaterThan(0.8); // the `1` where it crosses a line
        for (const x of [10, 100, 200, 310]) expect(at(out, x, y)).toBe(0);
      }
      if (squared) for (const y of [10, 100, 170]) expect(at(out, 181, y)).toBe(0);
    }
  });

  it('never sees ink in a page whose light falls off smoothly, with noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 120, max: 255 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (lum, depth, angle, amplitude) => {
          const img = page(96, 64, 0);
          for (let y = 0; y < 64; y++) {
            for (let x = 0; x < 96; x++) {
              const t =
                ((x / 96 - 0.5) * Math.cos(angle) + (y / 64 - 0.5) * Math.sin(angle)) / 1.42 + 0.5;
              img.data[y * 96 + x] = Math.round(lum * (1 - depth * t));
            }
          }
          const out = inkMap(noisy(img, amplitude, 7));
          expect(out.data.every((v) => v === 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('handles empty and one-pixel images', () => {
    expect(inkMap({ width: 0, height: 0, data: new Uint8Array(0) }).data.length).toBe(0);
    expect(Array.from(inkMap(page(1, 1, 0)).data)).toEqual([0]);
  });

  it('always returns coverage in [0, 1] of the input size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (width, height, values) => {
          const it = values[Symbol.iterator]();
          const data = Uint8Array.from({ length: width * height }, () => it.next().value as number);
          const out = inkMap({ width, height, data });
          expect(out.data.length).toBe(width * height);
          for (const v of out.data) expect(v >= 0 && v <= 1).toBe(true);
        },
      ),
    );
  });

  it('never sees ink in a flat page plus noise below the ink threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 1000 }),
        (lum, amplitude, seed) => {
          const out = inkMap(noisy(page(32, 32, lum), amplitude, seed));
          expect(out.data.every((v) => v === 0)).toBe(true);
        },
      ),
    );
  });
});
