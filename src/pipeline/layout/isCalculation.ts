import { isBareNumber } from '../score/isBareNumber.ts';
import { solveReading } from './solveReading.ts';

/**
 * Whether symbols read as a calculation a writer meant: the reading parses (a division by
 * zero or a result too large is still a well-formed calculation) and, when it asks for a
 * value with `=`, holds an operation, since no one asks a calculator for a number alone
 * (isBareNumber). The sequence step repairs a reading that is not one.
 */
export function isCalculation(
  symbols: readonly {
    readonly symbol: string;
    readonly box: readonly [number, number, number, number];
  }[],
): boolean {
  const { error, text } = solveReading(symbols);
  if (isBareNumber(text)) return false;
  return error === null || error.code === 'division-by-zero' || error.code === 'too-large';
}
