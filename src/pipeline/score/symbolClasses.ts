/** The model's class for ink that is no symbol. */
export const REJECT = 'reject';
/** What a symbol that cannot be read is shown as. */
export const UNREADABLE = '?';
/** The symbols that stand as tall as the line's digits. */
export const TALL_SYMBOLS: ReadonlySet<string> = new Set([
  ...'0123456789',
  '(',
  ')',
  '%',
  '/',
  '√',
]);
/** Operators, which stand lower than the line's digits. */
export const OPERATORS: ReadonlySet<string> = new Set(['+', '-', '×', '÷', '=', '*', ':']);
/** How many dots a symbol is drawn with; any other symbol has none. */
export const DOTS_IN: Readonly<Record<string, number>> = { '÷': 2, ':': 2, '%': 2 };
/** A slash, which divides; drawn steep it is the same picture as a leaning `1`. */
export const SLASH = '/';
/** Percent, drawn as a slash between two rings. */
export const PERCENT = '%';
/** Symbols whose rings may stand apart from their bar (ringBesideBar in segmentation). */
export const RINGED: ReadonlySet<string> = new Set([PERCENT]);
/** A square root's sign. */
export const ROOT = '√';
/** A decimal point, on the baseline. */
export const DOT = '.';
/** A multiplication dot, raised to the middle of the line. */
export const RAISED_DOT = '·';
/** A minus, the one operator a short mark may be. */
export const MINUS = '-';
