import { favour } from './favour.ts';
import type { Classifier, ModelImage } from '../types.ts';

/** A symbol the user corrected: the image the model saw and the label they chose. */
export interface Example {
  readonly image: ModelImage;
  readonly label: string;
}

export interface AdaptOptions {
  /** How alike (cosine of the two images) a symbol must be to a corrected one to count. */
  readonly minSimilarity?: number;
  /** How much likelier that makes the corrected label. */
  readonly odds?: number;
}

/**
 * Tuned on the even half of ink-dev's digits and operators, replaying each writer's items
 * in order and correcting every misread one: from 0.7 to 0.9 no reading got worse; 0.8
 * fixed 17 later items with 81 corrections (0.9: 9; 0.7: 19); 0.8 keeps a margin from the
 * lowest value tried.
 */
export const MIN_SIMILARITY = 0.8;
export const ADAPT_ODDS = 20;
/** The same shape again (a redrawn symbol): the user's word is final. */
export const SAME_SHAPE = 0.97;
const FINAL_ODDS = 1e6;

/**
 * The classifier, taught by the user's corrections: a symbol that looks much like one the
 * user corrected (their curved `1` the model took for `(`) leans towards the label they
 * chose. Writers repeat their own shapes, and those shapes are where a general model is
 * unsure. Everything else passes through untouched.
 */
export function adaptClassifier(
  base: Classifier,
  examples: () => readonly Example[],
  { minSimilarity = MIN_SIMILARITY, odds = ADAPT_ODDS }: AdaptOptions = {},
): Classifier {
  // Both classify() and taught() ask about the same candidate images in one recognition:
  // the answer is kept per image for as long as the examples are the same (their count and
  // newest one), and each example's norm is kept too.
  const norms = new WeakMap<ModelImage, number>();
  const normOf = (a: ModelImage): number => {
    let v = norms.get(a);
    if (v === undefined) norms.set(a, (v = norm(a)));
    return v;
  };
  const matches = new WeakMap<
    ModelImage,
    { of: Example | undefined; n: number; best: Match | null }
  >();
  /** The corrected example most like `image` (at least minSimilarity), and how alike. */
  const closest = (image: ModelImage): Match | null => {
    const list = examples();
    const known = matches.get(image);
    if (known && known.n === list.length && known.of === list.at(-1)) return known.best;
    let best: Match | null = null;
    const n = normOf(image);
    for (const e of list) {
      if (!base.labels.includes(e.label)) continue;
      const sim = dot(image, e.image) / (n * normOf(e.image) || 1);
      if (sim >= (best?.sim ?? minSimilarity)) best = { label: e.label, sim };
    }
    matches.set(image, { of: list.at(-1), n: list.length, best });
    return best;
  };
  return {
    labels: base.labels,
    async classify(images) {
      const rows = await base.classify(images);
      return rows.map((row, k) => {
        const match = closest(images[k]!);
        if (!match) return row;
        const boost = match.sim >= SAME_SHAPE ? FINAL_ODDS : odds;
        return favour(row, base.labels.indexOf(match.label), boost);
      });
    },
    taught: (image) => closest(image)?.label,
  };
}

interface Match {
  readonly label: string;
  readonly sim: number;
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const norm = (a: Float32Array): number => Math.sqrt(dot(a, a));
