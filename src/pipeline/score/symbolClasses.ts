/** The model's class for ink that is no symbol. */
export const REJECT = 'reject';
/** What a symbol that cannot be read is shown as. */
export const UNREADABLE = '?';
/** The symbols that stand as tall as the line's digits. */
export const TALL_SYMBOLS: ReadonlySet<string> = new Set([...'0123456789', '(', ')']);
/** Operators, which stand lower than the line's digits. */
export const OPERATORS: ReadonlySet<string> = new Set(['+', '-', '×', '÷', '=']);
/** A decimal point, on the baseline. */
export const DOT = '.';
/** A multiplication dot, raised to the middle of the line. */
export const RAISED_DOT = '·';
