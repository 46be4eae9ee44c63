import { InkCalcError } from '../pipeline/errors.ts';
import {
  SEQUENCE_FEATURES,
  SEQUENCE_POINTS,
  type Classifier,
  type InkSequence,
} from '../pipeline/types.ts';
import type { ValueMetadata } from './modelContract.ts';
import type { ModelInfo } from './modelInfo.ts';
import type { SessionLike } from './sessionClassifier.ts';
import { toProbabilities } from './toProbabilities.ts';

/**
 * Where the page finds the trajectory model, beside the image model's URL: the server and the
 * build serve it under this fixed name, whatever the file is called beside the model on disk.
 */
export const TRAJECTORY_URL_NAME = 'trajectory.onnx';

/** The trajectory model's file, as the image model's companion JSON names it, if it does. */
export function trajectoryFile(info: ModelInfo): string | undefined {
  const file = (info.trajectory as { file?: unknown } | undefined)?.file;
  return typeof file === 'string' && file.length > 0 ? file : undefined;
}

/**
 * The trajectory model over an onnxruntime session (node and web alike), checked against
 * the image model's labels before anything is served: one float32 input of
 * [N, SEQUENCE_FEATURES, SEQUENCE_POINTS], one output of [N, labels].
 */
export function trajectoryClassifier<T>(
  session: SessionLike<T>,
  source: string,
  labels: readonly string[],
  tensor: (data: Float32Array, dims: number[]) => T,
): NonNullable<Classifier['classifySequences']> {
  const inputs = session.inputMetadata as readonly ValueMetadata[];
  const outputs = session.outputMetadata as readonly ValueMetadata[];
  const input = inputs[0];
  const output = outputs[0];
  const fits =
    inputs.length === 1 &&
    outputs.length === 1 &&
    (input?.shape === undefined ||
      (input.shape.length === 3 &&
        input.shape[1] === SEQUENCE_FEATURES &&
        input.shape[2] === SEQUENCE_POINTS)) &&
    (output?.shape === undefined || output.shape[output.shape.length - 1] === labels.length);
  if (!fits || !input || !output) {
    throw new InkCalcError(
      'model-shape',
      `Trajectory model ${source} does not fit: ink-calc needs one float32 input of ` +
        `[N, ${SEQUENCE_FEATURES}, ${SEQUENCE_POINTS}] and one output of [N, ${labels.length}] ` +
        `(the image model's labels, in order). Retrain it with \`npm run train\`.`,
    );
  }
  const size = SEQUENCE_FEATURES * SEQUENCE_POINTS;
  return async (sequences: readonly InkSequence[]): Promise<Float32Array[]> => {
    if (sequences.length === 0) return [];
    const batch = new Float32Array(sequences.length * size);
    sequences.forEach((s, i) => batch.set(s, i * size));
    const result = await session.run({
      [input.name]: tensor(batch, [sequences.length, SEQUENCE_FEATURES, SEQUENCE_POINTS]),
    });
    const scores = result[output.name]!.data as Float32Array;
    return toProbabilities(scores, sequences.length, labels.length);
  };
}
