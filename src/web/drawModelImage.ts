import { MODEL_SIZE } from '../pipeline/types.ts';

/**
 * Paints a 28×28 model input into a canvas exactly as the model saw it (white ink on
 * black); CSS scales it up with crisp pixels.
 */
export function drawModelImage(canvas: HTMLCanvasElement, image: Float32Array): void {
  canvas.width = MODEL_SIZE;
  canvas.height = MODEL_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const pixels = ctx.createImageData(MODEL_SIZE, MODEL_SIZE);
  for (let i = 0; i < MODEL_SIZE * MODEL_SIZE; i++) {
    const v = Math.round(Math.max(0, Math.min(1, image[i] ?? 0)) * 255);
    pixels.data[i * 4] = v;
    pixels.data[i * 4 + 1] = v;
    pixels.data[i * 4 + 2] = v;
    pixels.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);
}
