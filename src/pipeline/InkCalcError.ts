// One error type for everything the pipeline, runtime and edges reject. `code` is stable
// (clients switch on it); `message` names the bad value and says what to do. The server
// maps `status` to HTTP in one handler; the CLI prints the message and exits non-zero.

export type ErrorCode =
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
  | 'model-load'
  | 'model-shape'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
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
  'model-load': 500,
  'model-shape': 500,
  internal: 500,
};

export class InkCalcError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'InkCalcError';
    this.code = code;
    this.status = STATUS[code];
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
