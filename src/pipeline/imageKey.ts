import type { ModelImage } from './types.ts';

/**
 * A model picture's exact bits as a string, so that a memo can look up the model's scores
 * for a picture it has seen: two pictures share a key only when every pixel is the same.
 */
export function imageKey(image: ModelImage): string {
  const bits = new Uint16Array(image.buffer, image.byteOffset, image.byteLength / 2);
  let key = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bits.length; i += 4096) {
    key += String.fromCharCode(...bits.subarray(i, i + 4096));
  }
  return key;
}
