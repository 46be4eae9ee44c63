import { SLASH } from './symbolClasses.ts';

/**
 * Per symbol of a line, how many degrees its stroke leans past every other stroke of the
 * line that the model reads as a `1` or a `/` (strokeLean): a writer leans their `1`s alike,
 * so one leaning well past the others is likelier a slash. Undefined for a symbol that is no
 * such stroke, has no lean, or is the only one.
 */
export function leansPast(
  leans: readonly (number | undefined)[],
  probs: readonly Float32Array[],
  labels: readonly string[],
): (number | undefined)[] {
  const like = probs.map((p) => {
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
    return labels[best] === '1' || labels[best] === SLASH;
  });
  return leans.map((lean, j) => {
    if (lean === undefined || !like[j]) return undefined;
    const others = leans.filter((l, i): l is number => i !== j && like[i]! && l !== undefined);
    return others.length > 0 ? lean - Math.max(...others) : undefined;
  });
}
