/**
 * Indexes (row-major) of an image's border ring, about 2 % of the shorter side thick and
 * at least 1 px: where the paper shows in a scan or a canvas (inkMap's paper level), and
 * where the desk shows around a photographed sheet (pageMask).
 */
export function borderPixels(width: number, height: number): Int32Array {
  const ring = Math.max(1, Math.round(Math.min(width, height) * 0.02));
  const inside = Math.max(0, width - 2 * ring) * Math.max(0, height - 2 * ring);
  const out = new Int32Array(width * height - inside);
  let k = 0;
  for (let y = 0; y < height; y++) {
    const inner = y >= ring && y < height - ring;
    for (let x = 0; x < width; x++) {
      // Skip the interior in one jump: only the ring is listed.
      if (inner && x === ring && width - ring > ring) x = width - ring;
      out[k++] = y * width + x;
    }
  }
  return out;
}
