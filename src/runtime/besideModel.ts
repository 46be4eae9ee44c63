import { dirname, join } from 'node:path';

/**
 * A file a model's JSON names (its trajectory model), resolved as it lies beside the model:
 * where loadNodeClassifier loads it from, the server serves it from and the build copies it.
 */
export function besideModel(modelPath: string, file: string): string {
  return join(dirname(modelPath), file);
}
