import type { Classifier, ModelImage } from '../pipeline/types.ts';
import { modelContract, type ValueMetadata } from './modelContract.ts';
import type { ModelInfo } from './modelInfo.ts';
import { toProbabilities } from './toProbabilities.ts';

/** What both onnxruntime-node and onnxruntime-web sessions offer; T is their Tensor. */
export interface SessionLike<T> {
  readonly inputMetadata: readonly unknown[];
  readonly outputMetadata: readonly unknown[];
  run(feeds: Record<string, T>): Promise<Record<string, { readonly data: unknown }>>;
}

export interface SessionClassifier extends Classifier {
  readonly info: ModelInfo;
  /** Runs the model on ready 28×28 tensors without the pipeline: raw scores, the speed ceiling. */
  classifyRaw(batch: Float32Array, n: number): Promise<Float32Array>;
}

/**
 * The classifier over an onnxruntime session, shared by the Node and the browser adapters
 * so that a drawing reads the same on the page as through the API: one batched call per
 * drawing (one symbol at a time for a fixed-batch-1 model), probabilities normalised,
 * after checking that the model fits (a misfit is refused naming `source` and its shapes).
 */
export function sessionClassifier<T>(
  session: SessionLike<T>,
  source: string,
  info: ModelInfo,
  tensor: (data: Float32Array, dims: number[]) => T,
): SessionClassifier {
  const contract = modelContract(
    source,
    session.inputMetadata as readonly ValueMetadata[],
    session.outputMetadata as readonly ValueMetadata[],
    info.labels,
  );
  const classifyRaw = async (batch: Float32Array, n: number): Promise<Float32Array> => {
    const out = new Float32Array(n * contract.classes);
    for (let start = 0; start < n; start += Math.min(n, contract.maxBatch)) {
      const m = Math.min(n - start, contract.maxBatch);
      const input = tensor(batch.subarray(start * 784, (start + m) * 784), contract.dims(m));
      const result = await session.run({ [contract.inputName]: input });
      out.set(result[contract.outputName]!.data as Float32Array, start * contract.classes);
    }
    return out;
  };
  return {
    labels: info.labels,
    info,
    classifyRaw,
    async classify(images: readonly ModelImage[]): Promise<Float32Array[]> {
      if (images.length === 0) return [];
      const batch = new Float32Array(images.length * 784);
      images.forEach((img, i) => batch.set(img, i * 784));
      return toProbabilities(
        await classifyRaw(batch, images.length),
        images.length,
        contract.classes,
      );
    },
  };
}
