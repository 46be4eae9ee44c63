import sharp from 'sharp';

/**
 * A drawing as a phone photographs it: ballpoint ink on paper that is grey rather than
 * white, one side of the page in shadow (light falling linearly to 45 % across it, from a
 * direction that turns with `seed`), the lens's vignette (25 % darker in the corners),
 * paper grain, and JPEG. Synthetic, and deterministic per seed, so that a figure
 * measured on such photos is reproduced by the command that printed it.
 */
export async function photograph(png: Buffer, seed: number): Promise<Buffer> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#fff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const angle = seed * 2.399; // the golden angle: successive items come from all sides
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  let state = (seed * 2654435761) >>> 0 || 1;
  const out = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = ((x / width - 0.5) * c + (y / height - 0.5) * s) / Math.SQRT2 + 0.5;
      const r2 = 2 * ((x / width - 0.5) ** 2 + (y / height - 0.5) ** 2);
      const light = (1 - 0.55 * t) * (1 - 0.25 * r2);
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = ((state >>> 16) % 17) - 8;
      const v = data[y * width + x]! / 255; // 1 paper, 0 ink
      out[y * width + x] = Math.max(0, Math.min(255, Math.round((80 + 150 * v) * light + grain)));
    }
  }
  return sharp(out, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}
