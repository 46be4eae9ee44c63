/** Every symbol the app's own model reads; the dots are told by geometry with any model. */
export const MODEL_SYMBOLS: readonly string[] = [
  ...'0123456789',
  '+',
  '-',
  '×',
  '÷',
  '=',
  '(',
  ')',
  '%',
  '/',
  '*',
  ':',
  '√',
];

/**
 * The symbols a model cannot read, for telling its user (a model trained on digits alone
 * still loads, and still reads decimal points, which need no class of their own).
 */
export function symbolsNotRead(modelLabels: readonly string[]): string[] {
  return MODEL_SYMBOLS.filter((s) => !modelLabels.includes(s));
}
