import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './decodeImage.ts';
import { InkCalcError } from '../pipeline/errors.ts';
import { connectedComponents } from '../pipeline/bitmap/connectedComponents.ts';
import { inkMap } from '../pipeline/bitmap/inkMap.ts';
import type { GreyImage } from '../pipeline/types.ts';

const LIMIT = { maxPixels: 4_000_000 };

/** CRC-32 (the PNG/zlib polynomial); zlib.crc32 only arrived in Node 22. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A tiny grey PNG that declares width×height; its pixel data is one row at most. */
function declaredPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(Math.min(width, 1024) + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** White 120×60 RGB page with a black bar and a black block: two symbols. */
function page(): Sharp {
  const w = 120;
  const h = 60;
  const rgb = Buffer.alloc(w * h * 3, 255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const bar = y >= 28 && y < 34 && x >= 10 && x < 50;
      const block = y >= 10 && y < 50 && x >= 70 && x < 100;
      if (bar || block) rgb.fill(0, (y * w + x) * 3, (y * w + x) * 3 + 3);
    }
  }
  return sharp(rgb, { raw: { width: w, height: h, channels: 3 } });
}

const lumAt = (img: GreyImage, x: number, y: number): number => img.data[y * img.width + x]!;

async function rejection(p: Promise<unknown>): Promise<InkCalcError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InkCalcError);
  return err as InkCalcError;
}

describe('decodeImage', () => {
  it('decodes a PNG to 8-bit luminance', async () => {
    const img = await decodeImage(await page().png().toBuffer(), LIMIT);
    expect([img.width, img.height]).toEqual([120, 60]);
    expect(img.data.length).toBe(120 * 60);
    expect(lumAt(img, 0, 0)).toBe(255);
    expect(lumAt(img, 20, 30)).toBe(0);
    expect(connectedComponents(inkMap(img)).components.length).toBe(2);
  });

  it('decodes a JPEG, whose noise does not become ink', async () => {
    const img = await decodeImage(await page().jpeg({ quality: 70 }).toBuffer(), LIMIT);
    expect([img.width, img.height]).toEqual([120, 60]);
    expect(lumAt(img, 85, 30)).toBeLessThan(30);
    const { components } = connectedComponents(inkMap(img));
    // JPEG blurs edges, so each box may take in one pixel of grey rim on each side.
    const expected = [
      [10, 28, 40, 6],
      [70, 10, 30, 40],
    ];
    expect(components.length).toBe(2);
    components.forEach((c, i) => {
      const [x, y, w, h] = expected[i]!;
      expect(Math.abs(c.box.x - x!)).toBeLessThanOrEqual(1);
      expect(Math.abs(c.box.y - y!)).toBeLessThanOrEqual(1);
      expect(Math.abs(c.box.x + c.box.w - (x! + w!))).toBeLessThanOrEqual(1);
      expect(Math.abs(c.box.y + c.box.h - (y! + h!))).toBeLessThanOrEqual(1);
    });
  });

  it('decodes 16-bit greyscale PNGs to 8-bit luminance', async () => {
    const png = await page().toColourspace('grey16').png().toBuffer();
    const img = await decodeImage(png, LIMIT);
    expect(img.data).toBeInstanceOf(Uint8Array);
    expect(lumAt(img, 0, 0)).toBe(255);
    expect(lumAt(img, 20, 30)).toBe(0);
  });

  it('weights colour channels as luminance', async () => {
    const red = await sharp({
      create: { width: 4, height: 4, channels: 3, background: { r: 255, g: 0, b: 0 } },
    })
      .png()
      .toBuffer();
    const img = await decodeImage(red, LIMIT);
    expect(lumAt(img, 1, 1)).toBeGreaterThan(70);
    expect(lumAt(img, 1, 1)).toBeLessThan(85);
  });

  it('finds black ink drawn in alpha on a transparent canvas export', async () => {
    const w = 80;
    const h = 40;
    const rgba = Buffer.alloc(w * h * 4); // transparent black everywhere
    for (let y = 15; y < 25; y++) for (let x = 10; x < 70; x++) rgba[(y * w + x) * 4 + 3] = 255;
    const png = await sharp(rgba, { raw: { width: w, height: h, channels: 4 } })
      .png()
      .toBuffer();
    const img = await decodeImage(png, LIMIT);
    expect(lumAt(img, 0, 0)).toBe(255);
    expect(lumAt(img, 40, 20)).toBe(0);
    const { components } = connectedComponents(inkMap(img));
    expect(components.length).toBe(1);
    expect([components[0]!.box.w, components[0]!.box.h]).toEqual([60, 10]);
  });

  it('finds white ink drawn on a transparent canvas, and keeps opaque paper as it is', async () => {
    const w = 60;
    const h = 30;
    const white = Buffer.alloc(w * h * 4);
    for (let y = 10; y < 20; y++) {
      for (let x = 10; x < 50; x++) white.fill(255, (y * w + x) * 4, (y * w + x) * 4 + 4);
    }
    const img = await decodeImage(
      await sharp(white, { raw: { width: w, height: h, channels: 4 } })
        .png()
        .toBuffer(),
      LIMIT,
    );
    expect(connectedComponents(inkMap(img)).components.length).toBe(1);

    // White opaque paper with black ink and one transparent corner: the corner is paper.
    const paper = Buffer.alloc(w * h * 4, 255);
    for (let y = 10; y < 20; y++) {
      for (let x = 10; x < 50; x++) paper.fill(0, (y * w + x) * 4, (y * w + x) * 4 + 3);
    }
    for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) paper[(y * w + x) * 4 + 3] = 0;
    const img2 = await decodeImage(
      await sharp(paper, { raw: { width: w, height: h, channels: 4 } })
        .png()
        .toBuffer(),
      LIMIT,
    );
    expect(lumAt(img2, 0, 0)).toBe(255);
    expect(connectedComponents(inkMap(img2)).components.length).toBe(1);
  });

  it('gives all-zero ink for a fully transparent image', async () => {
    const png = await sharp({
      create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const img = await decodeImage(png, LIMIT);
    expect(inkMap(img).data.every((v) => v === 0)).toBe(true);
  });

  it('refuses a header declaring 50000×50000 quickly, naming size and limit', async () => {
    const started = performance.now();
    const err = await rejection(decodeImage(declaredPng(50_000, 50_000), LIMIT));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err.code).toBe('image-too-large');
    expect(err.status).toBe(413);
    expect(err.message).toContain('50000×50000');
    expect(err.message).toContain('4000000');
  });

  it('refuses a real image just over the limit', async () => {
    const png = await page().png().toBuffer();
    const err = await rejection(decodeImage(png, { maxPixels: 120 * 60 - 1 }));
    expect(err.code).toBe('image-too-large');
    expect((await decodeImage(png, { maxPixels: 120 * 60 })).width).toBe(120);
  });

  it('refuses a truncated PNG and a truncated JPEG as bad-image', async () => {
    const png = await page().png().toBuffer();
    const err = await rejection(decodeImage(png.subarray(0, Math.floor(png.length / 2)), LIMIT));
    expect(err.code).toBe('bad-image');
    expect(err.message).toMatch(/PNG/);

    const jpeg = await page().jpeg().toBuffer();
    const err2 = await rejection(decodeImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)), LIMIT));
    expect(err2.code).toBe('bad-image');
  });

  it('refuses PNG magic followed by garbage', async () => {
    const junk = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('not really a png at all'),
    ]);
    expect((await rejection(decodeImage(junk, LIMIT))).code).toBe('bad-image');
  });

  it.each([
    ['a text file', async () => Buffer.from('12+7×3=\n'), /plain text/],
    ['an empty file', async () => Buffer.alloc(0), /empty/],
    ['a GIF', async () => page().gif().toBuffer(), /GIF/],
    ['a WebP', async () => page().webp().toBuffer(), /WebP/],
    ['an SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), /SVG/],
  ])('refuses %s, saying what it found and what is accepted', async (_name, make, found) => {
    const err = await rejection(decodeImage(await make(), LIMIT));
    expect(err.code).toBe('bad-image');
    expect(err.message).toMatch(found);
    expect(err.message).toContain('PNG or JPEG');
  });

  it('applies the EXIF orientation of a phone photo', async () => {
    const jpeg = await page().jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const img = await decodeImage(jpeg, LIMIT);
    expect([img.width, img.height]).toEqual([60, 120]);
  });
});
