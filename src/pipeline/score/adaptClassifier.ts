import { TAUGHT_SIMILARITY } from '../tuning.ts';
import type { Classifier, ModelImage, Taught } from '../types.ts';

/** A symbol the user corrected: the image the model saw and the label they chose. */
export interface Example {
  readonly image: ModelImage;
  readonly label: string;
}

export interface AdaptOptions {
  /** How alike (cosine of the two images) a symbol must be to a corrected one to count. */
  readonly minSimilarity?: number;
}

/**
 * The classifier, taught by the user's corrections: `taught(image)` names the corrected
 * symbol most like `image` (their curved `1` the model took for `(`), and the scoring stage
 * leans that way (adjustments/taught.ts) and spares that label the rules about most writers.
 * The model's own probabilities pass through untouched.
 */
export function adaptClassifier(
  base: Classifier,
  examples: () => readonly Example[],
  { minSimilarity = TAUGHT_SIMILARITY }: AdaptOptions = {},
): Classifier {
  // Each example's norm is kept, and each candidate's answer for as long as the examples
  // are the same (their count and newest one): a page re-reads the same images often.
  const norms = new WeakMap<ModelImage, number>();
  const normOf = (a: ModelImage): number => {
    let v = norms.get(a);
    if (v === undefined) norms.set(a, (v = norm(a)));
    return v;
  };
  const matches = new WeakMap<
    ModelImage,
    { of: Example | undefined; n: number; best: Taught | undefined }
  >();
  const closest = (image: ModelImage): Taught | undefined => {
    const list = examples();
    const known = matches.get(image);
    if (known && known.n === list.length && known.of === list.at(-1)) return known.best;
    let best: Taught | undefined;
    const n = normOf(image);
    for (const e of list) {
      if (!base.labels.includes(e.label)) continue;
      const similarity = dot(image, e.image) / (n * normOf(e.image) || 1);
      if (similarity >= (best?.similarity ?? minSimilarity)) best = { label: e.label, similarity };
    }
    matches.set(image, { of: list.at(-1), n: list.length, best });
    return best;
  };
  return {
    labels: base.labels,
    classify: (images) => base.classify(images),
    ...(base.classifySequences ? { classifySequences: base.classifySequences } : {}),
    taught: closest,
  };
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const norm = (a: Float32Array): number => Math.sqrt(dot(a, a));
