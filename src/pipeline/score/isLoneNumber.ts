/**
 * Whether a reading is a number alone, no operator, bracket, exponent or `=` (`text` is the
 * linear reading): nothing asked of a calculator, and in a picture what a power or a root
 * whose parts the pen joined into one blob reads as (`3¹¹` as `31`, `√169` as `1169`).
 */
export function isLoneNumber(text: string): boolean {
  return /^\.?[0-9][0-9.]*$/.test(text);
}
