import type { InkComponent } from './connectedComponents.ts';

/** Per row of component `c`'s box, top down, its runs of ink: first and last column of each. */
export function rowRuns(labels: Int32Array, width: number, c: InkComponent): [number, number][][] {
  const { x, y, w, h } = c.box;
  return Array.from({ length: h }, (_, row) => {
    const out: [number, number][] = [];
    for (let xx = x; xx < x + w; xx++) {
      if (labels[(y + row) * width + xx] !== c.id) continue;
      const last = out[out.length - 1];
      if (last && last[1] === xx - 1) last[1] = xx;
      else out.push([xx, xx]);
    }
    return out;
  });
}
