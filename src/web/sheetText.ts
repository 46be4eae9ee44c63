import type { LineReading } from '../pipeline/types.ts';
import { errorWords } from './errorWords.ts';

/** What the copy formats need of a line's reading. */
export type CopiedLine = Pick<
  LineReading,
  'text' | 'latex' | 'value' | 'approx' | 'check' | 'error' | 'symbols'
>;

/**
 * The sheet as plain text, one line of writing a line: the reading (the API's `text`, a
 * stacked fraction of two numbers as `(1÷2)`, the root of a number as `√2`), then ` = ` and
 * the answer, `n/d ≈ digits` for a fraction, `≈ digits` alone for an answer with no exact
 * form, `(true)` or `(false)` after an equation and the reason in brackets after a line
 * with no answer: `12+7 = 19`, `1÷3 = 1/3 ≈ 0.3333333333`, `√2 ≈ 1.414213562`,
 * `3÷0 = (division by zero)`.
 */
export function sheetText(lines: readonly CopiedLine[]): string {
  return lines.map(textLine).join('\n');
}

function textLine(line: CopiedLine): string {
  const ends = line.text.endsWith('=');
  const expression = plainNumbers(ends ? line.text.slice(0, -1) : line.text);
  if (line.error) return `${expression}${ends ? ' =' : ''} (${errorWords(line.error.code)})`;
  if (line.check !== null) return `${expression} (${String(line.check)})`;
  if (line.value !== null && line.approx !== null)
    return `${expression} = ${line.value} ≈ ${line.approx}`;
  if (line.value !== null)
    return expression === line.value ? expression : `${expression} = ${line.value}`;
  if (line.approx !== null) return `${expression} ≈ ${line.approx}`;
  return expression;
}

const NUMBER = String.raw`\((\d+(?:\.\d*)?|\.\d+)\)`;
/** A bracketed bare number before a `÷`, where an operator or a bracket stands before it… */
const BEFORE = new RegExp(String.raw`(?<=^|[(+\-×÷=√])${NUMBER}(?=÷)`, 'gu');
/** …or after a `÷` or a `√`, where an operator or a closing bracket follows it. */
const AFTER = new RegExp(String.raw`(?<=[÷√])${NUMBER}(?=$|[)+\-×÷=])`, 'gu');

/**
 * The text with the brackets linearText puts round a fraction's or a root's bare numbers
 * dropped, as no reader needs them: `((1)÷(2))` is `(1÷2)`, `√(2)` is `√2`.
 */
function plainNumbers(text: string): string {
  return text.replace(BEFORE, '$1').replace(AFTER, '$1');
}
