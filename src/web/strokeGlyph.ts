// A tiny single-stroke font for writing answers back onto the canvas as if by hand.
// Glyphs are polylines in an em box: x to the right, y down, 0 = top of a digit and
// 1 = its baseline. Curves are sampled arcs, so the font is data, not a font file.

export type GlyphPoint = readonly [x: number, y: number];

export interface Glyph {
  /** Advance width in em (the next glyph starts here, before spacing). */
  readonly width: number;
  readonly strokes: readonly (readonly GlyphPoint[])[];
}

const RAD = Math.PI / 180;

/** Points of an elliptic arc from angle a0 to a1 (degrees; 0 = right, 90 = down). */
function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): GlyphPoint[] {
  const steps = Math.max(4, Math.round(Math.abs(a1 - a0) / 12));
  const points: GlyphPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = (a0 + ((a1 - a0) * i) / steps) * RAD;
    points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return points;
}

const GLYPHS: Readonly<Record<string, Glyph>> = {
  '0': { width: 0.6, strokes: [arc(0.3, 0.5, 0.28, 0.49, -95, 275)] },
  '1': {
    width: 0.42,
    strokes: [
      [
        [0.06, 0.2],
        [0.28, 0.01],
        [0.28, 1],
      ],
    ],
  },
  '2': {
    width: 0.6,
    strokes: [[...arc(0.3, 0.28, 0.27, 0.27, -165, 25), [0.03, 1], [0.6, 0.99]]],
  },
  '3': {
    width: 0.58,
    strokes: [
      [...arc(0.28, 0.26, 0.24, 0.24, -155, 100), ...arc(0.28, 0.74, 0.28, 0.26, -95, 150)],
    ],
  },
  '4': {
    width: 0.62,
    strokes: [
      [
        [0.42, 0.02],
        [0.03, 0.68],
        [0.62, 0.68],
      ],
      [
        [0.47, 0.32],
        [0.47, 1],
      ],
    ],
  },
  '5': {
    width: 0.6,
    strokes: [[[0.56, 0.02], [0.12, 0.02], [0.09, 0.46], ...arc(0.3, 0.7, 0.28, 0.3, -135, 150)]],
  },
  '6': {
    width: 0.6,
    strokes: [
      [
        [0.5, 0.01],
        [0.3, 0.14],
        [0.13, 0.38],
        [0.05, 0.62],
        ...arc(0.31, 0.73, 0.26, 0.27, 180, -175),
      ],
    ],
  },
  '7': {
    width: 0.6,
    strokes: [
      [
        [0.03, 0.03],
        [0.6, 0.02],
        [0.22, 1],
      ],
    ],
  },
  '8': {
    width: 0.6,
    strokes: [arc(0.3, 0.25, 0.22, 0.24, -60, 300), arc(0.3, 0.74, 0.28, 0.26, -90, 270)],
  },
  '9': {
    width: 0.6,
    strokes: [[...arc(0.3, 0.3, 0.27, 0.28, 5, -355), [0.56, 0.6], [0.5, 1]]],
  },
  '-': {
    width: 0.55,
    strokes: [
      [
        [0.06, 0.55],
        [0.5, 0.54],
      ],
    ],
  },
  '/': {
    width: 0.5,
    strokes: [
      [
        [0.46, 0.0],
        [0.04, 1],
      ],
    ],
  },
  '.': {
    width: 0.24,
    strokes: [
      [
        [0.1, 0.94],
        [0.13, 0.97],
      ],
    ],
  },
  '✓': {
    width: 0.8,
    strokes: [
      [
        [0.04, 0.6],
        [0.27, 0.93],
        [0.76, 0.12],
      ],
    ],
  },
  '✗': {
    width: 0.7,
    strokes: [
      [
        [0.08, 0.2],
        [0.62, 0.92],
      ],
      [
        [0.62, 0.22],
        [0.08, 0.9],
      ],
    ],
  },
};

/** The glyph for a character of an answer, or null for one the font lacks. */
export function strokeGlyph(char: string): Glyph | null {
  return GLYPHS[char] ?? null;
}
