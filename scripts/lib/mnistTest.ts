import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { NodeClassifier } from '../../src/runtime/loadNodeClassifier.ts';
import type { Outcome } from './score.ts';

/** The MNIST test set (IDX, gzip) as model input: [n, 28, 28] in [0, 1], and its labels. */
export function mnistTest(
  mnistDir: string,
  limit = Infinity,
): { images: Float32Array; labels: string[] } {
  const img = gunzipSync(readFileSync(join(mnistDir, 't10k-images-idx3-ubyte.gz')));
  const lab = gunzipSync(readFileSync(join(mnistDir, 't10k-labels-idx1-ubyte.gz')));
  const n = Math.min(img.readUInt32BE(4), limit);
  const images = new Float32Array(n * 784);
  for (let i = 0; i < n * 784; i++) images[i] = img[16 + i]! / 255;
  return { images, labels: Array.from(lab.subarray(8, 8 + n), (l) => String(l)) };
}

/** Each image's top class straight from the model; `allowed` limits which labels may win. */
export async function modelOutcomes(
  c: NodeClassifier,
  images: Float32Array,
  labels: string[],
  allowed?: ReadonlySet<string>,
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const k = c.labels.length;
  const may = c.labels.map((l) => !allowed || allowed.has(l));
  for (let s = 0; s < labels.length; s += 500) {
    const n = Math.min(500, labels.length - s);
    const scores = await c.classifyRaw(images.subarray(s * 784, (s + n) * 784), n);
    for (let i = 0; i < n; i++) {
      let best = may.indexOf(true);
      for (let j = best + 1; j < k; j++)
        if (may[j] && scores[i * k + j]! > scores[i * k + best]!) best = j;
      out.push({ truth: labels[s + i]!, got: c.labels[best]! });
    }
  }
  return out;
}
