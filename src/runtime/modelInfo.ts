/** The model's companion JSON (models/symbols.json): the authority on labels and figures. */
export interface ModelInfo {
  readonly name?: string;
  readonly labels: readonly string[];
  readonly input?: unknown;
  readonly output?: unknown;
  readonly parameters?: number;
  readonly training?: unknown;
  readonly evaluation?: unknown;
  readonly [key: string]: unknown;
}

export const DIGIT_LABELS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Labels from a companion JSON, or 0-9 for a user's model that came without one. */
export function modelInfo(json: unknown, source: string): ModelInfo {
  if (json === undefined) return { name: source, labels: DIGIT_LABELS };
  const labels = (json as { labels?: unknown }).labels;
  if (
    !Array.isArray(labels) ||
    labels.length === 0 ||
    !labels.every((l) => typeof l === 'string')
  ) {
    throw new Error(
      `${source}: "labels" must be a non-empty array of strings, in the model's output order`,
    );
  }
  return { ...(json as object), labels } as ModelInfo;
}
