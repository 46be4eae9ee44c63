import sharp from 'sharp';

export interface PhotoOptions {
  /**
   * Lay the sheet on a dark desk that shows around it (a margin of 15 % of the shorter
   * side), under softer light: shadow only to 75 %, since a shadow that darkens the page
   * halfway to the desk's level is read as desk.
   */
  readonly desk?: boolean;
  /**
   * Print the lines of a ruled notebook on the sheet, edge to edge: 2 or 3 px thick, at 60 %
   * of the paper's light (darker than most notebooks'), 40 to 64 px apart so that one or two
   * cross every symbol of ink 96 px high (the eval's), tilted by up to 1°.
   */
  readonly ruled?: boolean;
}

/**
 * A drawing as a phone photographs it: ballpoint ink on paper that is grey rather than
 * white, one side of the page in shadow (light falling linearly to 45 % across it, from a
 * direction that turns with `seed`), the lens's vignette (25 % darker in the corners),
 * paper grain, and JPEG. Synthetic, and deterministic per seed, so that a figure
 * measured on such photos is reproduced by the command that printed it.
 */
export async function photograph(
  png: Buffer,
  seed: number,
  { desk = false, ruled = false }: PhotoOptions = {},
): Promise<Buffer> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#fff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const margin = desk ? Math.round(0.15 * Math.min(info.width, info.height)) : 0;
  const width = info.width + 2 * margin;
  const height = info.height + 2 * margin;
  const shadow = desk ? 0.25 : 0.55;
  const angle = seed * 2.399; // the golden angle: successive items come from all sides
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const lines = ruled ? ruling(seed) : null;
  let state = (seed * 2654435761) >>> 0 || 1;
  const out = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = ((x / width - 0.5) * c + (y / height - 0.5) * s) / Math.SQRT2 + 0.5;
      const r2 = 2 * ((x / width - 0.5) ** 2 + (y / height - 0.5) ** 2);
      const light = (1 - shadow * t) * (1 - 0.25 * r2);
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = ((state >>> 16) % 17) - 8;
      const [px, py] = [x - margin, y - margin];
      const onSheet = px >= 0 && py >= 0 && px < info.width && py < info.height;
      // The desk's own grain is coarser than paper's; its level does not matter much.
      let sheet = onSheet ? 80 + (150 * data[py * info.width + px]!) / 255 : 0;
      if (onSheet && lines) sheet -= (sheet - Math.min(sheet, LINE_LEVEL)) * lines(px, py);
      const lum = onSheet ? sheet * light : 70 * light;
      out[y * width + x] = Math.max(0, Math.min(255, Math.round(lum + grain)));
    }
  }
  return sharp(out, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A ruled line's luminance on the sheet before the light: 60 % of the paper's 230. */
const LINE_LEVEL = 0.6 * 230;

/** How much of the pixel at (x, y) of the sheet a ruled line covers, for this seed. */
function ruling(seed: number): (x: number, y: number) => number {
  const spacing = 40 + 8 * (seed % 4);
  const thickness = 2 + (seed % 2);
  const phase = (seed * 13) % spacing;
  const tilt = Math.tan(((((seed * 0.618) % 1) - 0.5) * 2 * Math.PI) / 180);
  return (x, y) => {
    const v = y - tilt * x - phase;
    const off = Math.abs(v - spacing * Math.round(v / spacing));
    return Math.max(0, Math.min(1, thickness / 2 + 0.5 - off));
  };
}
