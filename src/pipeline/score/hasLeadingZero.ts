/**
 * Whether a reading holds a number written with a leading zero (`0116`, `02`, `√01`): nobody
 * writes one in a sum, so such a reading has most likely lost a decimal point that a thick
 * pen joined to a digit, or misread a symbol as a `0`. A zero after a decimal point (`.05`)
 * or alone (`0.5`, `10`, `0`) is as written.
 */
export function hasLeadingZero(symbols: readonly string[]): boolean {
  return symbols.some(
    (s, i) =>
      s === '0' && isDigit(symbols[i + 1]) && !isDigit(symbols[i - 1]) && symbols[i - 1] !== '.',
  );
}

function isDigit(s: string | undefined): boolean {
  return s !== undefined && s >= '0' && s <= '9' && s.length === 1;
}
