import { existsSync, readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { InkCalcError } from '../pipeline/InkCalcError.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import { sessionClassifier, type SessionClassifier } from './sessionClassifier.ts';

export interface NodeClassifier extends SessionClassifier {
  readonly path: string;
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
  const classifier = sessionClassifier(
    session,
    path,
    info,
    (data, dims) => new ort.Tensor('float32', data, dims),
  );
  return {
    ...classifier,
    path,
    close: () => session.release(),
  };
}
