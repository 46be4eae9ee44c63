import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { InkCalcError } from '../pipeline/errors.ts';
import { parseDataUrl } from './parseDataUrl.ts';

type Part = MultipartFile | MultipartValue;

const DATA_PREFIX = Buffer.from('data:');

/**
 * The image bytes of form field `name`, whichever way a client sent it: a data URL in a
 * urlencoded form (the old app's canvas.toDataURL() post), the same string as a
 * multipart text field, or a multipart file (a PNG/JPEG upload, or a Blob holding the
 * data URL text).
 */
export async function readImageField(body: unknown, name: string): Promise<Buffer> {
  const field = (body as Record<string, unknown> | null | undefined)?.[name];
  if (field === undefined) {
    throw new InkCalcError(
      'bad-request',
      `The form has no "${name}" field; send ${name}=data:image/png;base64,... or upload the PNG/JPEG as "${name}".`,
    );
  }
  if (Array.isArray(field)) {
    throw new InkCalcError(
      'bad-request',
      `The form has ${field.length} "${name}" fields; send one image per request.`,
    );
  }
  if (!isPart(field)) return parseDataUrl(field, name);
  if (field.type === 'field') {
    if (field.valueTruncated) {
      throw new InkCalcError(
        'body-too-large',
        `The "${name}" field is longer than the limit; send a smaller image.`,
      );
    }
    return parseDataUrl(field.value, name);
  }
  const bytes = await field.toBuffer();
  if (bytes.subarray(0, DATA_PREFIX.length).equals(DATA_PREFIX)) {
    return parseDataUrl(bytes.toString('latin1').trim(), name);
  }
  return bytes;
}

function isPart(v: unknown): v is Part {
  return (
    typeof v === 'object' &&
    v !== null &&
    'fieldname' in v &&
    ((v as Part).type === 'file' || (v as Part).type === 'field')
  );
}
