/**
 * Whether a reading holds a number alone in brackets (`(149)²`, `(786)÷1`): people bracket a
 * calculation or a negative number, not a plain one, so such a reading has most likely taken a
 * `1` for a bracket or lost the operator inside. `symbols` as read, one per symbol.
 */
export function hasBracketedNumber(symbols: readonly string[]): boolean {
  return symbols.some((s, i) => {
    if (s !== '(') return false;
    let j = i + 1;
    while (j < symbols.length && isNumeral(symbols[j]!)) j++;
    return j > i + 1 && symbols[j] === ')';
  });
}

function isNumeral(s: string): boolean {
  return s === '.' || (s.length === 1 && s >= '0' && s <= '9');
}
