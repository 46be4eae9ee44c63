import * as ort from 'onnxruntime-web/wasm';
import { InkCalcError } from '../pipeline/InkCalcError.ts';
import type { Classifier, ModelImage } from '../pipeline/types.ts';
import { modelContract, type ValueMetadata } from './modelContract.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import { toProbabilities } from './toProbabilities.ts';

export interface WebClassifier extends Classifier {
  readonly info: ModelInfo;
  readonly url: string;
  close(): Promise<void>;
}

export interface WebLoadOptions {
  /** The labels (`model.json`); when it is missing (404) the labels are 0-9, as in Node. */
  readonly labelsUrl?: string;
  /** Where the page's bundler put ort-wasm-simd-threaded.wasm, when it knows better. */
  readonly wasmUrl?: string;
}

/**
 * The browser twin of loadNodeClassifier: same contract checks, same probabilities, so
 * a drawing reads the same on the page as through the API. Runs single-threaded wasm:
 * threads need cross-origin isolation, and in practice they hung session creation here.
 */
export async function loadWebClassifier(
  url: string,
  options: WebLoadOptions = {},
): Promise<WebClassifier> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  if (options.wasmUrl) ort.env.wasm.wasmPaths = { wasm: options.wasmUrl };

  const labelsUrl = options.labelsUrl ?? url.replace(/\.onnx($|\?)/i, '.json$1');
  let info: ModelInfo;
  try {
    info = modelInfo(await fetchJson(labelsUrl), labelsUrl);
  } catch (e) {
    throw new InkCalcError(
      'model-load',
      `Cannot read the labels of ${url}: ${(e as Error).message}`,
    );
  }

  let session: ort.InferenceSession;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    session = await ort.InferenceSession.create(bytes, {
      executionProviders: ['wasm'],
      graphOptimizationLevel: 'all',
    });
  } catch (e) {
    throw new InkCalcError('model-load', `Cannot load model ${url}: ${(e as Error).message}`);
  }
  const contract = modelContract(
    url,
    session.inputMetadata as readonly ValueMetadata[],
    session.outputMetadata as readonly ValueMetadata[],
    info.labels,
  );

  const run = async (batch: Float32Array, n: number): Promise<Float32Array> => {
    const out = new Float32Array(n * contract.classes);
    for (let start = 0; start < n; start += Math.min(n, contract.maxBatch)) {
      const m = Math.min(n - start, contract.maxBatch);
      const input = batch.subarray(start * 784, (start + m) * 784);
      const tensor = new ort.Tensor('float32', input, contract.dims(m));
      const result = await session.run({ [contract.inputName]: tensor });
      out.set(result[contract.outputName]!.data as Float32Array, start * contract.classes);
    }
    return out;
  };

  return {
    labels: info.labels,
    info,
    url,
    async classify(images: readonly ModelImage[]): Promise<Float32Array[]> {
      if (images.length === 0) return [];
      const batch = new Float32Array(images.length * 784);
      images.forEach((img, i) => batch.set(img, i * 784));
      return toProbabilities(await run(batch, images.length), images.length, contract.classes);
    },
    close: () => session.release(),
  };
}

/** The labels file, or undefined when the server has none (a bare user model). */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
