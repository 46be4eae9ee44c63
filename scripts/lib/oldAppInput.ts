import sharp from 'sharp';
import type { Ink } from '../../src/pipeline/types.ts';
import { strokesToSvg } from '../../test/support/strokesToSvg.ts';

/**
 * What the old app fed its model: the ink on a 280×280 canvas (black on white, a 15 px
 * pen, the drawing filling the middle 200 px as a user would), inverted, and shrunk
 * whole to 28×28 with no cropping or centring.
 */
export async function oldAppInput(ink: Ink): Promise<Float32Array> {
  const { svg } = strokesToSvg(ink, { inkHeight: 200, pen: 15 / 280, margin: 40, square: 280 });
  const raw = await sharp(Buffer.from(svg))
    .greyscale()
    .resize(28, 28, { kernel: 'linear' })
    .raw()
    .toBuffer();
  const out = new Float32Array(784);
  for (let i = 0; i < 784; i++) out[i] = (255 - raw[i]!) / 255;
  return out;
}
