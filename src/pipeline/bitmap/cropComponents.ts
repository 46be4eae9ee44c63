import { InkCalcError } from '../errors.ts';
import type { InkBox, Raster } from '../types.ts';

/**
 * Cuts `box` out of the ink map keeping only the pixels labelled with one of `ids`.
 *
 * Symbols written close together overlap each other's boxes (the tail of a `7` under
 * the next digit, a `×` squeezed between two numbers); copying the box as-is would hand
 * the classifier a piece of the neighbour. Masking by label keeps exactly the chosen
 * components — several at once for symbols made of parts, like `=` or `÷`.
 *
 * The box is in pixel units and may be fractional or reach outside the image (a caller
 * padding it); it is snapped outwards to whole pixels and the outside reads as paper.
 */
export function cropComponents(
  ink: Raster,
  labels: Int32Array,
  ids: readonly number[],
  box: InkBox,
): Raster {
  const { width, height, data } = ink;
  if (labels.length !== width * height) {
    throw new InkCalcError(
      'internal',
      `cropComponents: labels has ${labels.length} entries but the ink map is ${width}×${height}; pass the labels connectedComponents returned for this ink map.`,
    );
  }
  const x0 = Math.floor(box.x);
  const y0 = Math.floor(box.y);
  const outW = Math.max(0, Math.ceil(box.x + box.w) - x0);
  const outH = Math.max(0, Math.ceil(box.y + box.h) - y0);
  const out = new Float32Array(outW * outH);

  // Label ids are small consecutive integers, so a flag table beats a Set in the inner loop.
  let maxId = 0;
  for (const id of ids) if (id > maxId) maxId = id;
  const wanted = new Uint8Array(maxId + 1);
  for (const id of ids) if (id > 0 && Number.isInteger(id)) wanted[id] = 1;

  const fromY = Math.max(0, y0);
  const toY = Math.min(height, y0 + outH);
  const fromX = Math.max(0, x0);
  const toX = Math.min(width, x0 + outW);
  for (let y = fromY; y < toY; y++) {
    const row = y * width;
    const outRow = (y - y0) * outW - x0;
    for (let x = fromX; x < toX; x++) {
      const label = labels[row + x]!;
      if (label > 0 && label <= maxId && wanted[label] === 1) out[outRow + x] = data[row + x]!;
    }
  }
  return { width: outW, height: outH, data: out };
}
