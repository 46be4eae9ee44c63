import { existsSync, readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { InkCalcError } from '../pipeline/InkCalcError.ts';
import type { Classifier, ModelImage } from '../pipeline/types.ts';
import { modelContract, type ValueMetadata } from './modelContract.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import { toProbabilities } from './toProbabilities.ts';

export interface NodeClassifier extends Classifier {
  readonly info: ModelInfo;
  readonly path: string;
  /** Runs the model on ready 28×28 tensors without the pipeline: the speed ceiling. */
  classifyRaw(batch: Float32Array, n: number): Promise<Float32Array>;
  close(): Promise<void>;
}

export interface LoadOptions {
  /** onnxruntime intra-op threads; 2 was fastest for a batch on a 2-core machine. */
  readonly threads?: number;
}

/**
 * Loads an ONNX symbol model with its labels (`<model>.json` beside it, else 0-9) and
 * checks its shapes before anything is served, so a bad model fails at start-up with the
 * path and the reason rather than at the first request.
 */
export async function loadNodeClassifier(
  path: string,
  options: LoadOptions = {},
): Promise<NodeClassifier> {
  if (!existsSync(path)) {
    throw new InkCalcError(
      'model-load',
      `Model file ${path} does not exist. Run \`npm run train\` or set MODEL_PATH to an ONNX file.`,
    );
  }
  const jsonPath = path.replace(/\.onnx$/i, '') + '.json';
  let info: ModelInfo;
  try {
    info = modelInfo(
      existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : undefined,
      jsonPath,
    );
  } catch (e) {
    throw new InkCalcError(
      'model-load',
      `Cannot read the labels of ${path}: ${(e as Error).message}`,
    );
  }
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(path, {
      intraOpNumThreads: options.threads ?? 2,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
  } catch (e) {
    throw new InkCalcError('model-load', `Cannot load model ${path}: ${(e as Error).message}`);
  }
  const contract = modelContract(
    path,
    session.inputMetadata as readonly ValueMetadata[],
    session.outputMetadata as readonly ValueMetadata[],
    info.labels,
  );

  const run = async (batch: Float32Array, n: number): Promise<Float32Array> => {
    const out = new Float32Array(n * contract.classes);
    for (let start = 0; start < n; start += Math.min(n, contract.maxBatch)) {
      const m = Math.min(n - start, contract.maxBatch);
      const tensor = new ort.Tensor(
        'float32',
        batch.subarray(start * 784, (start + m) * 784),
        contract.dims(m),
      );
      const result = await session.run({ [contract.inputName]: tensor });
      out.set(result[contract.outputName]!.data as Float32Array, start * contract.classes);
    }
    return out;
  };

  return {
    labels: info.labels,
    info,
    path,
    classifyRaw: run,
    async classify(images: readonly ModelImage[]): Promise<Float32Array[]> {
      if (images.length === 0) return [];
      const batch = new Float32Array(images.length * 784);
      images.forEach((img, i) => batch.set(img, i * 784));
      return toProbabilities(await run(batch, images.length), images.length, contract.classes);
    },
    close: () => session.release(),
  };
}
