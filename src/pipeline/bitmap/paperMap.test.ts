import { describe, expect, it } from 'vitest';
import { paperMap } from './paperMap.ts';
import type { GreyImage } from '../types.ts';

/** A page whose light is `light(x, y)` (1 = full), paper `paper` and ink `ink` under it. */
function lit(
  width: number,
  height: number,
  light: (x: number, y: number) => number,
  isInk: (x: number, y: number) => boolean,
  paper = 235,
  ink = 40,
): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data[y * width + x] = Math.round((isInk(x, y) ? ink : paper) * light(x, y));
    }
  }
  return { width, height, data };
}

const even = (): number => 1;
/** One side of the page in shadow: light falls linearly to 45 % across it. */
const falloff = (width: number) => (x: number) => 1 - 0.55 * (x / width);
/** Horizontal strokes 6 px thick every 30 px, the kind of ink a line of writing has. */
const lines = (_x: number, y: number): boolean => y % 30 >= 12 && y % 30 < 18;

describe('paperMap', () => {
  it('is null for an evenly lit page, with or without ink', () => {
    expect(paperMap(lit(300, 200, even, () => false))).toBeNull();
    expect(paperMap(lit(300, 200, even, lines))).toBeNull();
  });

  it('is null for a thick marker on an evenly lit canvas: its strokes are not shadow', () => {
    // A 280×280 canvas whose middle third is one black blob (whole blocks of ink).
    const blob = (x: number, y: number): boolean => Math.hypot(x - 140, y - 140) < 60;
    expect(paperMap(lit(280, 280, even, blob, 255, 0))).toBeNull();
  });

  it('is null for a small evenly lit drawing whose strokes half fill some blocks', () => {
    // A `0` as the eval draws one: 7 px pen with an anti-aliased rim in a 110×128 PNG, so
    // that many 13 px blocks are half stroke and their median is the rim's grey.
    const data = new Uint8Array(110 * 128);
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 110; x++) {
        const d = Math.abs(Math.hypot((x - 55) / 0.8, y - 64) - 40);
        data[y * 110 + x] = Math.round(255 * Math.min(1, Math.max(0, d - 3)));
      }
    }
    expect(paperMap({ width: 110, height: 128, data })).toBeNull();
  });

  it('is null for an image too small to tell a stroke from a shadow', () => {
    expect(paperMap(lit(30, 30, falloff(30), () => false))).toBeNull();
  });

  it('follows light that falls across the page, under the ink as well', () => {
    const img = lit(400, 200, falloff(400), lines);
    const map = paperMap(img)!;
    expect(map).not.toBeNull();
    for (const x of [5, 100, 200, 300, 395]) {
      for (const y of [3, 14, 100, 195]) {
        // y = 14 is inside a stroke: the map gives the paper there, not the ink.
        expect(Math.abs(map[y * 400 + x]! - 235 * falloff(400)(x))).toBeLessThan(8);
      }
    }
  });

  it('follows a vignette into the corners', () => {
    const vignette = (x: number, y: number): number =>
      1 - 0.3 * 4 * ((x / 300 - 0.5) ** 2 + (y / 200 - 0.5) ** 2);
    const map = paperMap(lit(300, 200, vignette, lines))!;
    expect(map).not.toBeNull();
    for (const [x, y] of [
      [0, 0],
      [299, 199],
      [150, 100],
      [299, 0],
    ] as const) {
      expect(Math.abs(map[y * 300 + x]! - 235 * vignette(x, y))).toBeLessThan(12);
    }
  });

  it('finds the board under chalk as well as the paper under ink', () => {
    const img = lit(400, 200, falloff(400), lines, 60, 220);
    const map = paperMap(img)!;
    expect(map).not.toBeNull();
    expect(Math.abs(map[100 * 400 + 10]! - 60 * falloff(400)(10))).toBeLessThan(4);
    expect(Math.abs(map[14 * 400 + 390]! - 60 * falloff(400)(390))).toBeLessThan(4);
  });
});
