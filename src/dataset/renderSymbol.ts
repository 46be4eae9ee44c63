import { normalise } from '../pipeline/ink/normalise.ts';
import { rasterise } from '../pipeline/ink/rasterise.ts';
import type { Ink } from '../pipeline/types.ts';

/**
 * The one path from strokes to model input, as used for training data. It is exactly the
 * inference path (rasterise → normalise), quantised to bytes for the trainer.
 */
export function renderSymbol(ink: Ink, penRatio?: number): Uint8Array {
  const image = normalise(rasterise(ink, penRatio === undefined ? {} : { penRatio }));
  const bytes = new Uint8Array(image.length);
  for (let i = 0; i < image.length; i++) bytes[i] = Math.round(image[i]! * 255);
  return bytes;
}
