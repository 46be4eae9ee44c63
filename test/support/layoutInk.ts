import { GLYPHS, type Pt } from './glyphs.ts';

export interface LineBox {
  /** Where the first symbol starts, CSS px from the canvas's left edge. */
  readonly x: number;
  /** Top of a digit, CSS px from the canvas's top edge. */
  readonly top: number;
  /** Digit height, CSS px. */
  readonly height: number;
}

/**
 * Lays out a line of symbols from the hand-made glyphs as canvas strokes, densified
 * every few pixels so the pointer moves like a hand rather than jumping corner to corner.
 * A symbol after `^` is written as an exponent: half as tall, its middle at the line's top;
 * one after `~` at the limits of one: 0.71 as tall, its middle at 0.2 of the line's height,
 * raised as an exponent but near enough the size of its base for the layout to be doubtful
 * (layoutSymbols); `[n|d]` is a stacked fraction.
 */
export function layoutInk(text: string, box: LineBox): Pt[][] {
  const strokes: Pt[][] = [];
  let x = box.x;
  let raised: 'exponent' | 'doubtful' | null = null;
  // `[n|d]` is a stacked fraction: n over a bar over d, each digit 0.45 of the height.
  for (const fraction of text.matchAll(/\[(\d+)\|(\d+)\]|./gu)) {
    const char = fraction[0];
    if (fraction[1] !== undefined && fraction[2] !== undefined) {
      const h = box.height * 0.45;
      const width = (s: string): number =>
        [...s].reduce((w, c) => w + (GLYPHS[c]!.width + 0.32) * h, 0) - 0.32 * h;
      const long = Math.max(width(fraction[1]), width(fraction[2])) + 0.3 * h;
      const row = (s: string, top: number): void => {
        let gx = x + (long - width(s)) / 2;
        for (const c of s) {
          for (const stroke of GLYPHS[c]!.strokes) {
            strokes.push(
              densify(
                stroke.map(([px, py]): Pt => [gx + px * h, top + py * h]),
                7,
              ),
            );
          }
          gx += (GLYPHS[c]!.width + 0.32) * h;
        }
      };
      const middle = box.top + box.height / 2;
      row(fraction[1], middle - h - 0.12 * box.height);
      strokes.push(
        densify(
          [
            [x, middle],
            [x + long, middle],
          ],
          7,
        ),
      );
      row(fraction[2], middle + 0.12 * box.height);
      x += long + 0.32 * box.height;
      continue;
    }
    if (char === '^' || char === '~') {
      raised = char === '^' ? 'exponent' : 'doubtful';
      continue;
    }
    const glyph = GLYPHS[char];
    if (!glyph) throw new Error(`no test glyph for ${JSON.stringify(char)}`);
    const h = box.height * (raised === 'exponent' ? 0.5 : raised === 'doubtful' ? 0.71 : 1);
    const middle = box.top + (raised === 'doubtful' ? 0.2 * box.height : 0);
    const top = raised ? middle - h / 2 : box.top;
    for (const stroke of glyph.strokes) {
      const points = stroke.map(([gx, gy]): Pt => [x + gx * h, top + gy * h]);
      strokes.push(densify(points, 7));
    }
    x += (glyph.width + 0.32) * h;
    raised = null;
  }
  return strokes;
}

/** Scales strokes in arbitrary units into a box, keeping their aspect ratio. */
export function fitInk(
  strokes: readonly (readonly (readonly number[])[])[],
  area: { x: number; y: number; width: number; height: number },
): Pt[][] {
  const xs = strokes.flatMap((s) => s.map((p) => p[0]!));
  const ys = strokes.flatMap((s) => s.map((p) => p[1]!));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    area.width / Math.max(x1 - x0, 1e-6),
    area.height / Math.max(y1 - y0, 1e-6),
  );
  const ox = area.x + (area.width - (x1 - x0) * scale) / 2;
  const oy = area.y + (area.height - (y1 - y0) * scale) / 2;
  return strokes.map((s) =>
    densify(
      s.map((p): Pt => [ox + (p[0]! - x0) * scale, oy + (p[1]! - y0) * scale]),
      8,
    ),
  );
}

function densify(points: readonly Pt[], step: number): Pt[] {
  const out: Pt[] = [];
  points.forEach((p, i) => {
    out.push(p);
    const q = points[i + 1];
    if (!q) return;
    const n = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / step);
    for (let k = 1; k < n; k++)
      out.push([p[0] + ((q[0] - p[0]) * k) / n, p[1] + ((q[1] - p[1]) * k) / n]);
  });
  return out;
}
