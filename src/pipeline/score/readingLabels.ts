import { DOT, RAISED_DOT } from './symbolClasses.ts';

/**
 * The labels the scoring stage decides among: the model's, then the two dots, which the
 * pipeline tells by size and place (mixDot) whatever model is loaded.
 */
export function readingLabels(modelLabels: readonly string[]): readonly string[] {
  return [...modelLabels, ...[DOT, RAISED_DOT].filter((d) => !modelLabels.includes(d))];
}
