import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink, Raster } from '../types.ts';

export interface RasteriseOptions {
  /** Pixels given to the longer side of the symbol's ink (before the pen is added). */
  readonly size?: number;
  /**
   * Pen diameter as a fraction of the symbol's longer side. MNIST strokes are about
   * 2–3 px in a 20 px box; 0.11 lands there after normalise() and keeps thin symbols thin.
   */
  readonly penRatio?: number;
}

const DEFAULT_SIZE = 64;
const DEFAULT_PEN_RATIO = 0.11;

/**
 * Draws strokes as round-capped, anti-aliased lines into a raster sized to the ink, at a
 * pen width relative to the symbol's size, so that the result does not depend on the
 * units (tablet counts, CSS pixels) the strokes came in.
 */
export function rasterise(ink: Ink, options: RasteriseOptions = {}): Raster {
  const size = options.size ?? DEFAULT_SIZE;
  const penRatio = options.penRatio ?? DEFAULT_PEN_RATIO;
  const bounds = inkBounds(ink);
  const longer = Math.max(bounds.w, bounds.h);
  // A dot (or a stroke of identical points) has no extent: give it a pen-sized one.
  // A subnormal extent would make the scale infinite: treat it as a dot too.
  const extent = Number.isFinite(size / longer) ? longer : 0;
  const scale = extent > 0 ? size / extent : 1;
  const radius = (penRatio * (extent > 0 ? size : 1 / penRatio)) / 2;
  const margin = Math.ceil(radius) + 1;
  const width = Math.max(1, Math.ceil(extent > 0 ? bounds.w * scale : 0) + 2 * margin);
  const height = Math.max(1, Math.ceil(extent > 0 ? bounds.h * scale : 0) + 2 * margin);
  const data = new Float32Array(width * height);
  const toX = (x: number): number => (x - bounds.x) * scale + margin;
  const toY = (y: number): number => (y - bounds.y) * scale + margin;

  for (const stroke of ink) {
    if (stroke.length === 0) continue;
    const first = stroke[0]!;
    if (stroke.length === 1) {
      capsule(
        data,
        width,
        height,
        toX(first[0]),
        toY(first[1]),
        toX(first[0]),
        toY(first[1]),
        radius,
      );
      continue;
    }
    for (let i = 1; i < stroke.length; i++) {
      const a = stroke[i - 1]!;
      const b = stroke[i]!;
      capsule(data, width, height, toX(a[0]), toY(a[1]), toX(b[0]), toY(b[1]), radius);
    }
  }
  return { width, height, data };
}

/** Unions a round-capped segment into the raster with a one-pixel anti-aliased edge. */
function capsule(
  data: Float32Array,
  width: number,
  height: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  radius: number,
): void {
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - radius - 1));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + radius + 1));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - radius - 1));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + radius + 1));
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5;
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5;
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - (ax + t * dx);
      const ey = py - (ay + t * dy);
      const coverage = radius + 0.5 - Math.sqrt(ex * ex + ey * ey);
      if (coverage <= 0) continue;
      const v = coverage >= 1 ? 1 : coverage;
      const k = y * width + x;
      if (v > data[k]!) data[k] = v;
    }
  }
}
