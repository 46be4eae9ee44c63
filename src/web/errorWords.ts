import type { ResultErrorCode } from '../pipeline/errors.ts';

const WORDS: Partial<Record<ResultErrorCode, string>> = {
  'division-by-zero': 'division by zero',
  'unreadable-symbol': 'unreadable symbol',
  syntax: 'not a calculation',
  'too-large': 'too large to write out',
  'not-real': 'not a real number',
  'percent-without-number': 'a % with no number',
};

/**
 * Why a line has no answer, in the few words a copied sheet writes in its place (the
 * page's full message is a sentence addressed to the person writing, not to a reader).
 */
export function errorWords(code: ResultErrorCode): string {
  return WORDS[code] ?? 'no answer';
}
