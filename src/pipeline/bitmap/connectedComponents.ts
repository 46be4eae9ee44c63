import { inkBox, type InkBox, type Raster } from '../types.ts';

export interface InkComponent {
  /** The value this component's pixels carry in `labels`; ids run 1..n in output order. */
  readonly id: number;
  /** Pixel units of the input raster, rim included. */
  readonly box: InkBox;
  readonly pixelCount: number;
}

export interface ComponentMap {
  /** Left to right (then top to bottom), which is reading order for one line of maths. */
  readonly components: readonly InkComponent[];
  /** One entry per raster pixel: a component id, or 0 for paper and dropped specks. */
  readonly labels: Int32Array;
}

/**
 * A component whose longer side is shorter than 1/SPECK_RATIO of the largest component's
 * longer side is a speck (dust, JPEG ringing, paper texture) and is dropped. The dots of
 * `÷` are about 1/15 of the symbol height or more, and the largest component (a digit or
 * the bar of `-`, `=`, `÷`) is about one symbol tall or wide, so 1/25 leaves margin.
 */
const SPECK_RATIO = 25;
/**
 * Pixels under minCoverage that touch a component, up to this many pixels out, are its
 * anti-aliased rim: labelled with it (so a crop keeps soft edges) but never joining two
 * components, which is what a lower connectivity threshold would do to close symbols.
 */
const RIM_PASSES = 2;

/**
 * Labels 8-connected ink (coverage ≥ minCoverage) with an explicit stack, so one blob
 * filling a 4000×4000 image costs memory, not call-stack depth. Specks are dropped by
 * the SPECK_RATIO rule; labels are renumbered so ids match the returned order.
 */
export function connectedComponents(ink: Raster, minCoverage = 0.5): ComponentMap {
  const { width, height, data } = ink;
  const n = width * height;
  const labels = new Int32Array(n);
  const minX: number[] = [0];
  const minY: number[] = [0];
  const maxX: number[] = [0];
  const maxY: number[] = [0];
  const counts: number[] = [0];

  const stack = new Int32Array(n);
  let next = 1;
  for (let start = 0; start < n; start++) {
    if (labels[start] !== 0 || !isCore(data[start]!, minCoverage)) continue;
    const id = next++;
    let top = 0;
    stack[top++] = start;
    labels[start] = id;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    let count = 0;
    while (top > 0) {
      const p = stack[--top]!;
      const px = p % width;
      const py = (p - px) / width;
      count++;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = py + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = px + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (labels[q] !== 0 || !isCore(data[q]!, minCoverage)) continue;
          labels[q] = id;
          stack[top++] = q;
        }
      }
    }
    minX.push(x0);
    minY.push(y0);
    maxX.push(x1);
    maxY.push(y1);
    counts.push(count);
  }

  growRims(data, labels, width, height, minCoverage, (id, x, y) => {
    if (x < minX[id]!) minX[id] = x;
    if (x > maxX[id]!) maxX[id] = x;
    if (y < minY[id]!) minY[id] = y;
    if (y > maxY[id]!) maxY[id] = y;
    counts[id]!++;
  });

  let largest = 0;
  let largestSide = 0;
  for (let id = 1; id < next; id++) {
    if (counts[id]! > counts[largest]!) {
      largest = id;
      largestSide = Math.max(maxX[id]! - minX[id]! + 1, maxY[id]! - minY[id]! + 1);
    }
  }

  const kept: number[] = [];
  for (let id = 1; id < next; id++) {
    const side = Math.max(maxX[id]! - minX[id]! + 1, maxY[id]! - minY[id]! + 1);
    if (side * SPECK_RATIO >= largestSide) kept.push(id);
  }
  kept.sort((a, b) => minX[a]! - minX[b]! || minY[a]! - minY[b]! || a - b);

  const renumber = new Int32Array(next);
  const components: InkComponent[] = kept.map((old, index) => {
    renumber[old] = index + 1;
    return {
      id: index + 1,
      box: inkBox(minX[old]!, minY[old]!, maxX[old]! - minX[old]! + 1, maxY[old]! - minY[old]! + 1),
      pixelCount: counts[old]!,
    };
  });
  for (let i = 0; i < n; i++) {
    const old = labels[i]!;
    if (old !== 0) labels[i] = renumber[old]!;
  }
  return { components, labels };
}

/**
 * Gives unlabelled ink below minCoverage to a labelled 8-neighbour, one pixel ring per
 * pass. A pass only reads labels that existed before it (new ones are marked negative
 * until the pass ends), so a rim grows evenly instead of racing along the scan order.
 */
function growRims(
  data: Float32Array,
  labels: Int32Array,
  width: number,
  height: number,
  minCoverage: number,
  grew: (id: number, x: number, y: number) => void,
): void {
  const n = width * height;
  for (let pass = 0; pass < RIM_PASSES; pass++) {
    let changed = false;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        const v = data[i]!;
        if (labels[i] !== 0 || !(v > 0) || isCore(v, minCoverage)) continue;
        const id = neighbourLabel(labels, width, height, x, y);
        if (id === 0) continue;
        labels[i] = -id;
        grew(id, x, y);
        changed = true;
      }
    }
    if (!changed) return;
    for (let i = 0; i < n; i++) if (labels[i]! < 0) labels[i] = -labels[i]!;
  }
}

/** Zero coverage is never ink, whatever minCoverage the caller passes. */
function isCore(v: number, minCoverage: number): boolean {
  return v > 0 && v >= minCoverage;
}

function neighbourLabel(
  labels: Int32Array,
  width: number,
  height: number,
  x: number,
  y: number,
): number {
  for (let dy = -1; dy <= 1; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= height) continue;
    for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx;
      if (xx < 0 || xx >= width) continue;
      const l = labels[yy * width + xx]!;
      if (l > 0) return l;
    }
  }
  return 0;
}
