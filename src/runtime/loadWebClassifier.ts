import * as ort from 'onnxruntime-web/wasm';
import { InkCalcError } from '../pipeline/errors.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import { sessionClassifier, type SessionClassifier } from './sessionClassifier.ts';

export interface WebClassifier extends SessionClassifier {
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
  const classifier = sessionClassifier(
    session,
    url,
    info,
    (data, dims) => new ort.Tensor('float32', data, dims),
  );
  return {
    ...classifier,
    url,
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
