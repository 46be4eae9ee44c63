// A photo or picture the user opens on the page (file picker, camera, drop or paste),
// decoded by the browser and turned into what the pipeline's bitmap path reads.
import { toLuminance } from '../pipeline/bitmap/toLuminance.ts';
import type { GreyImage } from '../pipeline/types.ts';

export interface Photo {
  /** Names the photo's symbols for corrections: two photos never share one. */
  readonly id: number;
  readonly name: string;
  /** What the surface shows, at the size recognition reads. */
  readonly bitmap: ImageBitmap;
  /** What recognition reads: luminance, at most MAX_SIDE px on the longer side. */
  readonly image: GreyImage;
}

/**
 * Longer side recognition reads, in px. A phone's 12 MP photo is 4000 px wide; at half
 * that, handwriting a tenth of the page high is still 150 px, far more than the 20 px the
 * model sees, and the bitmap stages cost a quarter of the time and memory.
 */
export const MAX_SIDE = 2048;
/** A photo file larger than this is refused before decoding: no camera makes one. */
export const MAX_BYTES = 50 * 1024 * 1024;

let nextId = 1;

/** Thrown with a sentence for the user: what was wrong with the file, and what to do. */
export class PhotoError extends Error {}

export async function openPhoto(file: Blob, name = 'The file'): Promise<Photo> {
  if (file.size > MAX_BYTES) {
    throw new PhotoError(
      `${name} is ${Math.round(file.size / 1024 / 1024)} MB; open a picture under ${MAX_BYTES / 1024 / 1024} MB.`,
    );
  }
  let full: ImageBitmap;
  try {
    // Phones store portrait photos sideways with an EXIF turn: show and read them upright.
    full = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError(
      `${name} could not be opened as a picture. Choose a photo or an image (JPEG, PNG or WebP).`,
    );
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(full.width, full.height));
  const width = Math.max(1, Math.round(full.width * scale));
  const height = Math.max(1, Math.round(full.height * scale));
  const { canvas, ctx } = canvas2d(width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(full, 0, 0, width, height);
  const image = toLuminance(ctx.getImageData(0, 0, width, height).data, width, height, 4);
  let bitmap = full;
  if (scale < 1) {
    bitmap = await createImageBitmap(canvas);
    full.close();
  }
  return { id: nextId++, name, bitmap, image };
}

/**
 * What recognition reads of the photo, as a JPEG for the server when this browser cannot
 * run the model itself: the luminance (transparency already settled as the page reads it),
 * at the size the page reads, well inside the server's body limit.
 */
export async function photoAsJpeg(photo: Photo): Promise<Blob> {
  const { width, height, data } = photo.image;
  const { canvas, ctx } = canvas2d(width, height);
  const rgba = ctx.createImageData(width, height);
  for (let i = 0; i < data.length; i++) {
    rgba.data.fill(data[i]!, 4 * i, 4 * i + 3);
    rgba.data[4 * i + 3] = 255;
  }
  ctx.putImageData(rgba, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoError('The photo could not be encoded.'))),
      'image/jpeg',
      0.92,
    ),
  );
}

/** A page canvas, not an OffscreenCanvas: older Safari has no 2D OffscreenCanvas. */
function canvas2d(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new PhotoError('This browser cannot read pictures (no 2D canvas).');
  return { canvas, ctx };
}
