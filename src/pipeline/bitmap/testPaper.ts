import type { Raster } from '../types.ts';

export type Point = readonly [number, number];

/** For tests: polylines drawn with a round pen 6 px wide on 200×140 paper. */
export function testPaper(lines: readonly (readonly Point[])[]): Raster {
  const [width, height, r] = [200, 140, 3];
  const data = new Float32Array(width * height);
  for (const line of lines)
    for (let k = 1; k < line.length; k++) {
      const [[ax, ay], [bx, by]] = [line[k - 1]!, line[k]!];
      const steps = Math.ceil(Math.hypot(bx - ax, by - ay));
      for (let s = 0; s <= steps; s++) {
        const [cx, cy] = [ax + ((bx - ax) * s) / steps, ay + ((by - ay) * s) / steps];
        for (let yy = Math.floor(cy - r); yy <= cy + r; yy++)
          for (let xx = Math.floor(cx - r); xx <= cx + r; xx++)
            if ((xx - cx) ** 2 + (yy - cy) ** 2 <= r * r) data[yy * width + xx] = 1;
      }
    }
  return { width, height, data };
}

/** For tests: a `3` 80 tall, its top at y 40, and the `4` a thick pen joined to its top right. */
export const JOINED_POWER: { readonly base: Point[]; readonly exponent: Point[][] } = {
  base: [
    [20, 45],
    [40, 40],
    [62, 48],
    [55, 70],
    [38, 78],
    [58, 88],
    [60, 108],
    [40, 120],
    [18, 112],
  ],
  exponent: [
    [
      [76, 10],
      [63, 44],
      [90, 44],
    ],
    [
      [86, 12],
      [86, 58],
    ],
  ],
};
