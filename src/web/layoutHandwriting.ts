import { strokeGlyph, type GlyphPoint } from './strokeGlyph.ts';

export type PagePoint = readonly [x: number, y: number];

export interface HandwritingBox {
  /** Left edge where writing starts, CSS px. */
  readonly x: number;
  /** Top of a digit, CSS px. */
  readonly top: number;
  /** Digit height, CSS px: the writer's line height. */
  readonly height: number;
  /** Room to the right; the text shrinks (to a floor) rather than run off the canvas. */
  readonly maxWidth: number;
}

export interface Handwriting {
  readonly strokes: readonly (readonly PagePoint[])[];
  readonly width: number;
}

const SPACING = 0.16;
const SLANT = 0.12;
const MIN_SCALE = 0.45;

/**
 * Lays out an answer in the stroke font, scaled to the line the user wrote. A slight
 * slant and a deterministic wobble make it read as handwriting rather than type, while
 * staying identical from one render to the next.
 */
export function layoutHandwriting(text: string, box: HandwritingBox): Handwriting {
  const glyphs = [...text].map((c) => strokeGlyph(c)).filter((g) => g !== null);
  const emWidth = handwritingWidth(text);
  if (glyphs.length === 0 || box.height <= 0) return { strokes: [], width: 0 };
  const fit = box.maxWidth > 0 ? box.maxWidth / (emWidth * box.height) : 1;
  const scale = box.height * Math.max(MIN_SCALE, Math.min(1, fit));
  // Smaller text still sits on the writer's baseline.
  const top = box.top + box.height - scale;
  const strokes: PagePoint[][] = [];
  let pen = 0;
  let seed = 1;
  for (const glyph of glyphs) {
    for (const stroke of glyph.strokes) {
      const dense = densify(stroke, 0.04);
      const out: PagePoint[] = [];
      for (const [gx, gy] of dense) {
        seed = (seed * 16807) % 2147483647;
        const wobble = (seed / 2147483647 - 0.5) * 0.012;
        const ex = pen + gx + (1 - gy) * SLANT + wobble;
        out.push([box.x + ex * scale, top + (gy + wobble) * scale]);
      }
      strokes.push(out);
    }
    pen += glyph.width + SPACING;
  }
  return { strokes, width: (pen - SPACING + SLANT) * scale };
}

/** The width of `text` in the stroke font, in units of its height. */
export function handwritingWidth(text: string): number {
  const glyphs = [...text].map((c) => strokeGlyph(c)).filter((g) => g !== null);
  if (glyphs.length === 0) return 0;
  return glyphs.reduce((sum, g) => sum + g.width, 0) + SPACING * (glyphs.length - 1) + SLANT;
}

/** Resamples a polyline so that no two consecutive points are more than `step` apart. */
function densify(points: readonly GlyphPoint[], step: number): GlyphPoint[] {
  const out: GlyphPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1];
    out.push(p);
    if (!q) break;
    const n = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / step);
    for (let k = 1; k < n; k++) {
      out.push([p[0] + ((q[0] - p[0]) * k) / n, p[1] + ((q[1] - p[1]) * k) / n]);
    }
  }
  return out;
}
