import * as ort from 'onnxruntime-web/wasm';
import { InkCalcError } from '../pipeline/errors.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import { sessionClassifier, type SessionClassifier } from './sessionClassifier.ts';
import {
  TRAJECTORY_URL_NAME,
  trajectoryClassifier,
  trajectoryFile,
} from './trajectoryClassifier.ts';

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
 * When the labels JSON names a trajectory model, it is fetched from `trajectory.onnx`
 * beside `url` and read with the same options, as the API reads it; a user's model
 * without one costs no request.
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

  const trajectory = trajectoryFile(info);
  const movedUrl = trajectory ? trajectoryUrl(url) : undefined;
  // Both downloads at once; the sessions are then made one after the other (one thread).
  const bytes = fetchBytes(url);
  const movedBytes = movedUrl ? fetchBytes(movedUrl) : undefined;
  movedBytes?.catch(() => {}); // awaited below, unless the image model fails first

  let session: ort.InferenceSession;
  try {
    session = await createSession(await bytes);
  } catch (e) {
    throw new InkCalcError('model-load', `Cannot load model ${url}: ${(e as Error).message}`);
  }
  const tensor = (data: Float32Array, dims: number[]): ort.Tensor =>
    new ort.Tensor('float32', data, dims);
  const sessions = [session];
  try {
    const classifier = sessionClassifier(session, url, info, tensor);
    let classifySequences: WebClassifier['classifySequences'];
    if (movedUrl && movedBytes) {
      let moved: ort.InferenceSession;
      try {
        moved = await createSession(await movedBytes);
      } catch (e) {
        throw new InkCalcError(
          'model-load',
          `Cannot load trajectory model ${movedUrl} (${trajectory}, named by ${labelsUrl}): ` +
            (e as Error).message,
        );
      }
      sessions.push(moved);
      classifySequences = trajectoryClassifier(moved, movedUrl, info.labels, tensor);
    }
    return {
      ...classifier,
      ...(classifySequences ? { classifySequences } : {}),
      url,
      close: async () => {
        for (const s of sessions) await s.release();
      },
    };
  } catch (e) {
    for (const s of sessions) await s.release().catch(() => {});
    throw e;
  }
}

/** `trajectory.onnx` in the folder of the model's URL (relative to the page, if relative). */
function trajectoryUrl(url: string): string {
  try {
    return new URL(TRAJECTORY_URL_NAME, new URL(url, globalThis.location?.href)).href;
  } catch {
    throw new InkCalcError(
      'model-load',
      `Cannot load the trajectory model beside ${url}: that is not a URL a file can sit beside.`,
    );
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

function createSession(bytes: Uint8Array): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
}

/** The labels file, or undefined when the server has none (a bare user model). */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
