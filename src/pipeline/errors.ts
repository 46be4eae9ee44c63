// The two ways ink-calc says no, in one place so that every edge (pipeline, runtime,
// server, CLI, page) speaks the same codes. Both carry a `code` that is stable (clients
// switch on it) and a `message` that names the bad value and says what to do.
//
// Request errors refuse the request: nothing was recognised, the HTTP status says why,
// the server answers `{"error": {code, message}}` from one handler (src/server/errorReply.ts)
// and the CLI prints the message and exits non-zero.
//
// Result errors are answers: the ink was read, but no value can be given for it. They
// travel inside a Recognition (`error`) with HTTP 200, next to the text and the symbols
// the user needs to fix what they wrote, and the page styles its message by the code.

/** Why a request is refused; each maps to one HTTP status (REQUEST_STATUS). */
export type RequestErrorCode =
  | 'bad-json'
  | 'bad-request'
  | 'unsupported-media-type'
  | 'bad-image'
  | 'image-too-large'
  | 'body-too-large'
  | 'too-many-strokes'
  | 'too-many-points'
  | 'bad-coordinate'
  | 'rate-limited'
  | 'not-found'
  | 'timeout'
  | 'page-not-built'
  | 'model-load'
  | 'model-shape'
  | 'internal';

/** The HTTP status each request error is answered with. */
export const REQUEST_STATUS: Readonly<Record<RequestErrorCode, number>> = {
  'bad-json': 400,
  'bad-request': 400,
  'unsupported-media-type': 415,
  'bad-image': 400,
  'image-too-large': 413,
  'body-too-large': 413,
  'too-many-strokes': 413,
  'too-many-points': 413,
  'bad-coordinate': 400,
  'rate-limited': 429,
  'not-found': 404,
  timeout: 408,
  'page-not-built': 503,
  'model-load': 500,
  'model-shape': 500,
  internal: 500,
};

/**
 * A refused request (a request error), thrown by whatever finds the fault: the pipeline,
 * the runtime or an edge. Its `code` is a RequestErrorCode and `status` the HTTP status
 * that code is answered with.
 */
export class InkCalcError extends Error {
  readonly code: RequestErrorCode;
  readonly status: number;

  constructor(code: RequestErrorCode, message: string) {
    super(message);
    this.name = 'InkCalcError';
    this.code = code;
    this.status = REQUEST_STATUS[code];
  }

  toJSON(): { code: RequestErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Why a recognition has no value; answered with HTTP 200 inside the Recognition. */
export type ResultErrorCode =
  /** The text holds a '?': a symbol could not be read, and the user should pick what it is. */
  | 'unreadable-symbol'
  /** The text is not a calculation: a misplaced operator or '=', an unclosed bracket, too long. */
  | 'syntax'
  /** A '÷' whose divisor comes to zero. */
  | 'division-by-zero'
  /** A bug in the calculation stage, caught so that it never escapes as a thrown error. */
  | 'internal'
  /** The page's recogniser failed (worker error, or the server could not answer it). */
  | 'recognizer'
  /** A photo in which no writing was found (an empty canvas is no error). */
  | 'no-writing'
  /** A value (a power, a product of powers) with too many digits to write out. */
  | 'too-large'
  /** Reserved: a square root of a negative number, which has no real value. */
  | 'not-real'
  /** Reserved: a '%' with no number before it. */
  | 'percent-without-number'
  /** Reserved: the drawing holds several lines, and one calculation is read at a time. */
  | 'several-lines';

// Spelled out once more so the set exists at run time; the Record type makes the compiler
// refuse a code missing here or one the union does not have.
const RESULT_CODES: Readonly<Record<ResultErrorCode, true>> = {
  'unreadable-symbol': true,
  syntax: true,
  'division-by-zero': true,
  internal: true,
  recognizer: true,
  'no-writing': true,
  'too-large': true,
  'not-real': true,
  'percent-without-number': true,
  'several-lines': true,
};

/** Every ResultErrorCode, in the order documented above. */
export const RESULT_ERROR_CODES = Object.keys(RESULT_CODES) as readonly ResultErrorCode[];

/** An answer that could not be given: why (`code`) and what the user can do (`message`). */
export interface ResultError {
  readonly code: ResultErrorCode;
  readonly message: string;
}

/**
 * The one way to build a ResultError. Its keys are `code` then `message`, in that order,
 * because the API's JSON is part of its contract, byte for byte.
 */
export function resultError(code: ResultErrorCode, message: string): ResultError {
  return { code, message };
}
