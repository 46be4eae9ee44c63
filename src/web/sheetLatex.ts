import { answerLatex } from './answerLatex.ts';
import { errorWords } from './errorWords.ts';
import type { CopiedLine } from './sheetText.ts';

/**
 * The sheet as LaTeX, one line of writing a row (rows end in `\\`, for an `align*` or
 * `gather*`): the reading as written (`\frac`, `\sqrt`, `^{}`), then `=` and the answer,
 * a fraction as `\frac{1}{3} \approx 0.3333333333`, an answer with no exact form as
 * `\approx` its digits, `\text{(true)}` after an equation and the reason after a line with
 * no answer: `3\div 0 = \text{(division by zero)}`.
 */
export function sheetLatex(lines: readonly CopiedLine[]): string {
  return lines.map(latexLine).join(' \\\\\n');
}

function latexLine(line: CopiedLine): string {
  const ends = line.text.endsWith('=') && line.latex.endsWith('=');
  const written = ends ? line.latex.slice(0, -1) : line.latex;
  const expression = line.text.slice(0, ends ? -1 : undefined);
  if (line.error) return `${written}${ends ? ' =' : ''} \\text{(${errorWords(line.error.code)})}`;
  if (line.check !== null) return `${written} \\quad \\text{(${String(line.check)})}`;
  if (line.value !== null && line.approx !== null)
    return `${written} = ${answerLatex(line.value, null)} \\approx ${line.approx}`;
  if (line.value !== null)
    return expression === line.value ? written : `${written} = ${answerLatex(line.value, null)}`;
  if (line.approx !== null) return `${written} ${answerLatex(null, line.approx)}`;
  return written;
}
