/**
 * Whether a reading has two operators in a row (`5---.4`, `94×0×-4`, `8+1÷1×+77`): a
 * calculator's parser takes a sign after an operator, but people write `5×(-4)` if they write
 * it at all, so such a reading has most likely taken a fleck, a ruled line's remnant or half
 * a `+` for a sign. `text` is the linear reading (canonical operators; an exponent's sign
 * follows a `^`, a bracket's follows its `(`, so neither counts).
 */
export function hasOperatorRun(text: string): boolean {
  return /[-+×÷][-+×÷]/.test(text);
}
