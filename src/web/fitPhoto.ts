import type { RecognizedSymbol } from '../pipeline/types.ts';

/** A symbol's box as recognition gives it, [x, y, w, h]. */
type Box = RecognizedSymbol['box'];

/** Where a photo sits on the drawing surface: its pixels times `scale`, plus the offset. */
export interface PhotoPlacement {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room kept free around a photo, in surface px, so its symbols' boxes are not clipped. */
const MARGIN = 12;

/**
 * Fits a photo of `width`×`height` pixels whole into the surface, centred, never enlarged
 * past twice its size (a small crop stays legible without turning into blur).
 */
export function fitPhoto(
  width: number,
  height: number,
  surfaceWidth: number,
  surfaceHeight: number,
): PhotoPlacement {
  const roomX = Math.max(1, surfaceWidth - 2 * MARGIN);
  const roomY = Math.max(1, surfaceHeight - 2 * MARGIN);
  const scale = Math.min(roomX / Math.max(1, width), roomY / Math.max(1, height), 2);
  const w = width * scale;
  const h = height * scale;
  return { scale, x: (surfaceWidth - w) / 2, y: (surfaceHeight - h) / 2, width: w, height: h };
}

/** A box in the photo's pixels, as the surface shows it. */
export function toSurface(box: Box, place: PhotoPlacement): Box {
  const [x, y, w, h] = box;
  return [place.x + x * place.scale, place.y + y * place.scale, w * place.scale, h * place.scale];
}
