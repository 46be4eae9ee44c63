import { readFile } from 'node:fs/promises';
import { InkCalcError } from '../pipeline/errors.ts';
import type { RecognizeInput } from '../pipeline/recognize.ts';
import { decodeImage } from '../runtime/decodeImage.ts';
import type { ServerConfig } from '../server/config.ts';
import { parseStrokes } from '../server/parseStrokes.ts';

type Limits = Pick<ServerConfig, 'maxPixels' | 'maxStrokes' | 'maxPoints'>;

/**
 * One CLI input as the pipeline's input: a strokes JSON (`{"strokes": [...]}` as the API
 * takes it, or a bare array of strokes) or a PNG/JPEG. JSON is recognised by its first
 * character, not the name, so a `.txt` holding strokes works and a misnamed PNG is still
 * decoded. Strokes go through the server's own validation, so a file the CLI accepts is
 * one the API accepts. Every refusal is an InkCalcError whose message starts with the file.
 */
export async function readInputFile(file: string, limits: Limits): Promise<RecognizeInput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new InkCalcError('bad-request', `${file}: ${why}.`);
  }
  try {
    return looksLikeJson(bytes)
      ? { strokes: parseStrokes(strokesOf(bytes), limits) }
      : { image: await decodeImage(bytes, limits) };
  } catch (e) {
    if (e instanceof InkCalcError) throw new InkCalcError(e.code, `${file}: ${e.message}`);
    throw e;
  }
}

function looksLikeJson(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

function strokesOf(bytes: Buffer): unknown {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InkCalcError('bad-json', `not valid JSON (${(e as Error).message}).`);
  }
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null && 'strokes' in json) return json.strokes;
  throw new InkCalcError(
    'bad-request',
    'a strokes file must hold {"strokes": [[[x, y], ...], ...]} or a bare array of strokes.',
  );
}
