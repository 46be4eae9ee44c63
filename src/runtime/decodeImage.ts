import sharp, { type OutputInfo } from 'sharp';
import { InkCalcError } from '../pipeline/errors.ts';
import { toLuminance } from '../pipeline/bitmap/toLuminance.ts';
import type { GreyImage } from '../pipeline/types.ts';

export interface DecodeImageOptions {
  /** Largest width × height accepted; checked from the header, before any pixel is decoded. */
  readonly maxPixels: number;
}

const ACCEPTED = 'PNG or JPEG';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * Decodes an uploaded PNG or JPEG into 8-bit luminance (Rec. 601 weights), applying the
 * EXIF orientation a phone photo carries.
 *
 * Refusals, all as InkCalcError: a format other than PNG/JPEG (by magic bytes, not by
 * the name or media type the client claims) and corrupt or truncated data → 'bad-image';
 * more than maxPixels → 'image-too-large', decided from the header alone so a small file
 * declaring 50 000×50 000 costs nothing.
 *
 * Transparency is composited onto a paper colour by toLuminance, the rule the page uses
 * too for a photo it opens.
 */
export async function decodeImage(buf: Buffer, opts: DecodeImageOptions): Promise<GreyImage> {
  const { maxPixels } = opts;
  if (!(maxPixels > 0)) {
    throw new InkCalcError(
      'internal',
      `decodeImage: maxPixels must be positive, got ${maxPixels}.`,
    );
  }
  const format = sniff(buf);
  if (format !== 'png' && format !== 'jpeg') {
    throw new InkCalcError(
      'bad-image',
      `The upload looks like ${format}; only ${ACCEPTED} images are accepted.`,
    );
  }
  if (format === 'png') checkPngHeader(buf, maxPixels);

  let width: number | undefined;
  let height: number | undefined;
  try {
    // limitInputPixels: false here only lifts sharp's own refusal so that ours can name
    // the dimensions; metadata() reads the header, never the pixels.
    ({ width, height } = await sharp(buf, { limitInputPixels: false }).metadata());
  } catch (err) {
    throw badImage(format, err);
  }
  if (!width || !height) {
    throw new InkCalcError('bad-image', `The ${format.toUpperCase()} header has no image size.`);
  }
  checkSize(width, height, maxPixels);

  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(buf, { limitInputPixels: maxPixels, failOn: 'error', autoOrient: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    // Only reachable if sharp counts pixels differently from the header check above.
    if (err instanceof Error && /pixel limit/i.test(err.message)) {
      throw tooLarge(width, height, maxPixels);
    }
    throw badImage(format, err);
  }
  return toLuminance(raw.data, raw.info.width, raw.info.height, raw.info.channels);
}

/** Names what the bytes are, or 'png' / 'jpeg' for the two formats we decode. */
function sniff(buf: Buffer): string {
  if (buf.length === 0) return 'an empty file';
  if (PNG_MAGIC.every((b, i) => buf[i] === b)) return 'png';
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  const ascii = buf.subarray(0, 16).toString('latin1');
  if (ascii.startsWith('GIF8')) return 'a GIF image';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'a WebP image';
  if (ascii.startsWith('BM')) return 'a BMP image';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'a TIFF image';
  if (ascii.slice(4, 8) === 'ftyp')
    return `an ISO media file (${ascii.slice(8, 12).trim()}, e.g. HEIC/AVIF)`;
  if (ascii.startsWith('%PDF')) return 'a PDF document';
  if (/^\s*</.test(ascii)) return 'SVG/XML/HTML text';
  if (looksLikeText(buf.subarray(0, 256))) return 'plain text';
  return `an unknown format (first bytes ${buf.subarray(0, 8).toString('hex')})`;
}

/** Valid UTF-8 (a cut-off last character allowed) with no control bytes but whitespace. */
function looksLikeText(head: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return false;
  }
  return true;
}

/**
 * Reads width and height straight from the PNG IHDR (fixed offsets), so that a header
 * declaring an absurd size is refused as too large even when the rest of the file is too
 * broken for the decoder to report a size at all.
 */
function checkPngHeader(buf: Buffer, maxPixels: number): void {
  if (buf.length < 24 || buf.toString('latin1', 12, 16) !== 'IHDR') return;
  checkSize(buf.readUInt32BE(16), buf.readUInt32BE(20), maxPixels);
}

function checkSize(width: number, height: number, maxPixels: number): void {
  if (width * height > maxPixels) throw tooLarge(width, height, maxPixels);
}

function tooLarge(width: number, height: number, maxPixels: number): InkCalcError {
  return new InkCalcError(
    'image-too-large',
    `The image is ${width}×${height} (${width * height} pixels); the limit is ${maxPixels} pixels. Scale it down and try again.`,
  );
}

function badImage(format: string, err: unknown): InkCalcError {
  const why = err instanceof Error ? err.message.trim() : String(err);
  return new InkCalcError(
    'bad-image',
    `The ${format.toUpperCase()} data could not be decoded (${why}); it may be truncated or corrupt.`,
  );
}
