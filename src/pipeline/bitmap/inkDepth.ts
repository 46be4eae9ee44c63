/**
 * Per pixel of a w × h mask (1 ink, 0 paper), its Euclidean distance to the nearest paper,
 * the mask's outside counting as paper: 0 on paper, 1 at the ink's edge, about half the pen's
 * width along a stroke's middle. Exact, in two passes of the lower envelope of parabolas
 * (Felzenszwalb and Huttenlocher), down the columns and then along the rows.
 */
export function inkDepth(mask: Uint8Array, w: number, h: number): Float32Array {
  const far = (w + h + 2) ** 2;
  const sq = new Float64Array(w * h);
  for (let p = 0; p < w * h; p++) sq[p] = mask[p] ? far : 0;
  const n = Math.max(w, h) + 2;
  const buffers = {
    f: new Float64Array(n),
    d: new Float64Array(n),
    v: new Int32Array(n),
    z: new Float64Array(n + 1),
  };
  // Each line with paper just beyond both ends, so ink at the crop's edge is shallow.
  const { f, d } = buffers;
  for (let x = 0; x < w; x++) {
    f[0] = f[h + 1] = 0;
    for (let i = 0; i < h; i++) f[i + 1] = sq[i * w + x]!;
    envelope(buffers, h + 2);
    for (let i = 0; i < h; i++) sq[i * w + x] = d[i + 1]!;
  }
  for (let y = 0; y < h; y++) {
    f[0] = f[w + 1] = 0;
    for (let i = 0; i < w; i++) f[i + 1] = sq[y * w + i]!;
    envelope(buffers, w + 2);
    for (let i = 0; i < w; i++) sq[y * w + i] = d[i + 1]!;
  }
  const depth = new Float32Array(w * h);
  for (let p = 0; p < w * h; p++) depth[p] = Math.sqrt(sq[p]!);
  return depth;
}

/** The 1-D squared distance transform of `f` (0 at sources) over its first n entries, into d. */
function envelope(
  { f, d, v, z }: { f: Float64Array; d: Float64Array; v: Int32Array; z: Float64Array },
  n: number,
): void {
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    let p = v[k]!;
    let s = (f[q]! + q * q - (f[p]! + p * p)) / (2 * (q - p));
    while (s <= z[k]!) {
      k--;
      p = v[k]!;
      s = (f[q]! + q * q - (f[p]! + p * p)) / (2 * (q - p));
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    const p = v[k]!;
    d[q] = (q - p) * (q - p) + f[p]!;
  }
}
