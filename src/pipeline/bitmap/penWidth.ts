import type { InkComponent } from './connectedComponents.ts';

/** The pen's width in component `c`: the median length of its ink's runs down each column. */
export function penWidth(labels: Int32Array, width: number, c: InkComponent): number {
  const { x, y, w, h } = c.box;
  const runs: number[] = [];
  for (let xx = x; xx < x + w; xx++) {
    let run = 0;
    for (let yy = y; yy <= y + h; yy++) {
      if (yy < y + h && labels[yy * width + xx] === c.id) run++;
      else if (run > 0) {
        runs.push(run);
        run = 0;
      }
    }
  }
  runs.sort((a, b) => a - b);
  return runs[runs.length >> 1] ?? 1;
}
