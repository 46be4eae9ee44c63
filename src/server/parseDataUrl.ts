import { InkCalcError } from '../pipeline/errors.ts';

const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/jpg']);
const HEADER = /^data:([^;,]*)((?:;[^;,]*)*),/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of a `data:image/png;base64,...` (or jpeg) URL, as canvas.toDataURL() makes
 * them. Whether the bytes really are PNG/JPEG is decodeImage's call (by magic bytes);
 * this only refuses what is plainly not an image upload.
 */
export function parseDataUrl(value: unknown, field: string): Buffer {
  if (typeof value !== 'string') {
    throw new InkCalcError(
      'bad-request',
      `${field} must be a data URL string like "data:image/png;base64,..."; got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`,
    );
  }
  const header = HEADER.exec(value);
  if (!header) {
    throw new InkCalcError(
      'bad-image',
      `${field} is not a data URL (it starts ${JSON.stringify(value.slice(0, 24))}); send "data:image/png;base64,..." as canvas.toDataURL() gives.`,
    );
  }
  const mediaType = header[1]!.trim().toLowerCase() || 'text/plain';
  if (!ACCEPTED.has(mediaType)) {
    throw new InkCalcError(
      'bad-image',
      `${field} holds ${mediaType}; only image/png and image/jpeg data URLs are accepted.`,
    );
  }
  if (!/;base64$/i.test(header[2]!)) {
    throw new InkCalcError(
      'bad-image',
      `${field} must be base64-encoded ("data:${mediaType};base64,...").`,
    );
  }
  // A form post whose sender did not percent-encode turns every '+' of the base64 into a
  // space; putting them back rescues the old app's clients instead of decoding garbage.
  const payload = value
    .slice(header[0].length)
    .replace(/ /g, '+')
    .replace(/[\r\n\t]/g, '');
  if (!BASE64.test(payload)) {
    throw new InkCalcError(
      'bad-image',
      `${field} has characters that are not base64 after the comma.`,
    );
  }
  return Buffer.from(payload, 'base64');
}
