import { existsSync, readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { InkCalcError } from '../pipeline/errors.ts';
import { modelInfo, type ModelInfo } from './modelInfo.ts';
import {
  sessionClassifier,
  type SessionClassifier,
  type SessionLike,
} from './sessionClassifier.ts';
import { besideModel } from './besideModel.ts';
import { trajectoryClassifier, trajectoryFile } from './trajectoryClassifier.ts';

export interface NodeClassifier extends SessionClassifier {
  readonly path: string;
  close(): Promise<void>;
}

export interface LoadOptions {
  /**
   * onnxruntime intra-op threads for batches of more than SMALL_BATCH images; smaller
   * batches always run on one thread (see SMALL_BATCH).
   */
  readonly threads?: number;
}

/**
 * Batches up to this size run on a one-thread session: under load, a second thread only
 * pays when there is enough work to split, so one-digit requests are served faster on one
 * thread and drawings of several symbols faster on two (npm run bench; docs/experiments.md).
 */
export const SMALL_BATCH = 2;

/**
 * Loads an ONNX symbol model with its labels (`<model>.json` beside it, else 0-9), and the
 * trajectory model that JSON names beside it, if it names one, and checks their shapes
 * before anything is served, so a bad model fails at start-up with the path and the reason
 * rather than at the first request.
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
  const threads = options.threads ?? 2;
  const create = (file: string, intraOpNumThreads: number): Promise<ort.InferenceSession> =>
    ort.InferenceSession.create(file, {
      intraOpNumThreads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
  const sessions: ort.InferenceSession[] = [];
  const open = async (file: string, intraOpNumThreads: number, what: string) => {
    try {
      const session = await create(file, intraOpNumThreads);
      sessions.push(session);
      return session;
    } catch (e) {
      throw new InkCalcError('model-load', `Cannot load ${what} ${file}: ${(e as Error).message}`);
    }
  };
  try {
    const small = await open(path, 1, 'model');
    const large = threads > 1 ? await open(path, threads, 'model') : small;
    const trajectory = trajectoryFile(info);
    let moved: ort.InferenceSession | undefined;
    if (trajectory) {
      const movedPath = besideModel(path, trajectory);
      if (!existsSync(movedPath)) {
        throw new InkCalcError(
          'model-load',
          `${jsonPath} names the trajectory model ${trajectory}, but ${movedPath} does not ` +
            'exist. Copy it beside the model, or remove "trajectory" from the JSON to read by ' +
            'the images alone.',
        );
      }
      moved = await open(movedPath, 1, 'trajectory model');
    }
    const routed: SessionLike<ort.Tensor> = {
      inputMetadata: large.inputMetadata,
      outputMetadata: large.outputMetadata,
      run: (feeds) => {
        const n = Object.values(feeds)[0]?.dims[0] ?? 1;
        return (n <= SMALL_BATCH ? small : large).run(feeds);
      },
    };
    const tensor = (data: Float32Array, dims: number[]): ort.Tensor =>
      new ort.Tensor('float32', data, dims);
    const classifier = sessionClassifier(routed, path, info, tensor);
    return {
      ...classifier,
      ...(moved
        ? {
            classifySequences: trajectoryClassifier(moved, trajectory!, info.labels, tensor),
          }
        : {}),
      path,
      close: async () => {
        for (const s of sessions) await s.release();
      },
    };
  } catch (e) {
    // A model half loaded holds native memory that nothing else would free.
    for (const s of sessions) await s.release().catch(() => undefined);
    throw e;
  }
}
