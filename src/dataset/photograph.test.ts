import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photograph } from './photograph.ts';

/** A small white drawing with one black stroke, as a canvas export would give it. */
async function drawing(width: number, height: number): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<polyline points="8,8 ${width - 8},${height - 8}" fill="none" stroke="black" stroke-width="5"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('photograph', () => {
  it('is deterministic for a seed and differs for another', async () => {
    const png = await drawing(80, 60);
    const a = await photograph(png, 4);
    expect((await photograph(png, 4)).equals(a)).toBe(true);
    expect((await photograph(png, 5)).equals(a)).toBe(false);
    const ruled = { ruled: true };
    expect((await photograph(png, 4, ruled)).equals(await photograph(png, 4, ruled))).toBe(true);
    expect((await photograph(png, 4, ruled)).equals(a)).toBe(false);
  });

  it('gives a JPEG the size of the drawing, framed by the desk when asked', async () => {
    const png = await drawing(80, 60);
    const plain = await sharp(await photograph(png, 2)).metadata();
    expect([plain.format, plain.width, plain.height]).toEqual(['jpeg', 80, 60]);
    // The desk's margin is 15 % of the shorter side (9 px here) all round.
    const desk = await sharp(await photograph(png, 2, { desk: true })).metadata();
    expect([desk.format, desk.width, desk.height]).toEqual(['jpeg', 98, 78]);
  });

  it('keeps the ink darker than the paper and the desk darker than the sheet', async () => {
    const png = await drawing(80, 60);
    const { data, info } = await sharp(await photograph(png, 3, { desk: true }))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[y * info.width + x]!;
    const desk = at(2, info.height >> 1);
    const paper = at(9 + 70, 9 + 10); // top right of the sheet, away from the stroke
    const ink = at(9 + 40, 9 + 30); // the middle of the diagonal stroke
    expect(desk).toBeLessThan(paper);
    expect(ink).toBeLessThan(paper - 40);
  });

  it('still reproduces the committed phone-photo fixture byte for byte', async () => {
    // test/fixtures/sum-photo.jpg is photograph(sum.png, 1) (test/fixtures/makeFixtures.ts).
    // The eval's photo rows rest on the same bytes: if this fails, photograph() (or sharp's
    // JPEG encoder) changed, and those figures with it.
    const fixtures = new URL('../../test/fixtures/', import.meta.url);
    const png = readFileSync(new URL('sum.png', fixtures));
    const photo = readFileSync(new URL('sum-photo.jpg', fixtures));
    expect((await photograph(png, 1)).equals(photo)).toBe(true);
  });
});
