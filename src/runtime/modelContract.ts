import { InkCalcError } from '../pipeline/errors.ts';

/** What onnxruntime (node and web alike) reports about a model's input or output. */
export interface ValueMetadata {
  readonly name: string;
  readonly isTensor: boolean;
  readonly type?: string;
  readonly shape?: ReadonlyArray<string | number>;
}

export interface ModelContract {
  readonly inputName: string;
  readonly outputName: string;
  /** Dims of one batch of n symbols, e.g. [n, 1, 28, 28] or [n, 28, 28]. */
  readonly dims: (n: number) => number[];
  /** A model exported with a fixed batch of 1 must be run one symbol at a time. */
  readonly maxBatch: number;
  readonly classes: number;
}

const describe = (m: ValueMetadata): string =>
  `${m.name} ${m.type ?? '?'}[${(m.shape ?? []).map(String).join(', ')}]`;

/**
 * Checks that a model fits the contract users rely on (the old app's: input [1, 28, 28],
 * [N, 28, 28] or [N, 1, 28, 28] in [0, 1]; one output of [N, classes]) and says exactly
 * what was found when it does not.
 */
export function modelContract(
  path: string,
  inputs: readonly ValueMetadata[],
  outputs: readonly ValueMetadata[],
  labels: readonly string[],
): ModelContract {
  const refuse = (what: string): never => {
    throw new InkCalcError(
      'model-shape',
      `Model ${path} does not fit: ${what}. ink-calc needs one float32 input of [N, 1, 28, 28], ` +
        `[N, 28, 28] or [1, 28, 28] (white ink on black, values in [0, 1]) and one output of ` +
        `[N, ${labels.length}] (one score per label).`,
    );
  };
  if (inputs.length !== 1)
    refuse(`it has ${inputs.length} inputs (${inputs.map(describe).join('; ')})`);
  if (outputs.length < 1) refuse('it has no output');
  const input = inputs[0]!;
  const output = outputs[0]!;
  if (!input.isTensor || (input.type && input.type !== 'float32'))
    refuse(`its input is ${describe(input)}`);
  const shape = input.shape ?? [];
  const isDyn = (d: string | number | undefined): boolean => typeof d === 'string' || d === -1;
  const batch = shape[0];
  const fixed1 = batch === 1;
  if (!isDyn(batch) && !fixed1) refuse(`its input is ${describe(input)} (batch must be N or 1)`);
  let dims: (n: number) => number[];
  if (shape.length === 4 && shape[1] === 1 && shape[2] === 28 && shape[3] === 28)
    dims = (n) => [n, 1, 28, 28];
  else if (shape.length === 3 && shape[1] === 28 && shape[2] === 28) dims = (n) => [n, 28, 28];
  else return refuse(`its input is ${describe(input)}`);
  const oshape = output.shape ?? [];
  const classes = oshape[oshape.length - 1];
  if (oshape.length !== 2 || typeof classes !== 'number')
    refuse(`its output is ${describe(output)}`);
  if (classes !== labels.length) {
    refuse(
      `its output ${describe(output)} has ${String(classes)} scores but there are ${labels.length} labels (${labels.join(' ')})`,
    );
  }
  return {
    inputName: input.name,
    outputName: output.name,
    dims,
    maxBatch: fixed1 ? 1 : Number.POSITIVE_INFINITY,
    classes: classes as number,
  };
}
