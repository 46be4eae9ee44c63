/**
 * Whether a reading asks for the value of a number alone (`3916=`): no one asks a calculator
 * that, so an operator was most likely misread (a slash read as a `1`). `text` is the linear
 * reading (canonical operators, `^` for a power, `√` for a root, `÷` for a fraction's bar).
 */
export function isBareNumber(text: string): boolean {
  const equals = text.indexOf('=');
  return equals > 0 && !/[-+×÷^√%]/.test(text.slice(0, equals));
}
