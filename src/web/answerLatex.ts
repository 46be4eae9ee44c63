/**
 * The answer as LaTeX, for the page's answer element (`data-latex`): a fraction `n/d` as
 * `\frac{n}{d}`, a number as itself, an inexact answer as `\approx` its digits; '' when
 * there is no answer.
 */
export function answerLatex(value: string | null, approx: string | null): string {
  if (value === null) return approx === null ? '' : `\\approx ${approx}`;
  const fraction = /^(-?)(\d+)\/(\d+)$/.exec(value);
  return fraction ? `${fraction[1]}\\frac{${fraction[2]}}{${fraction[3]}}` : value;
}
