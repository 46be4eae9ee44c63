import { describe, expect, it } from 'vitest';
import {
  InkCalcError,
  REQUEST_STATUS,
  RESULT_ERROR_CODES,
  resultError,
  type RequestErrorCode,
} from './errors.ts';

// The API's contract: clients switch on these codes and statuses, so a change here is a
// change to every client and must be made on purpose, here as well as in errors.ts.
const REQUEST_CONTRACT: Record<RequestErrorCode, number> = {
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

describe('request errors', () => {
  it('give every code an HTTP error status', () => {
    for (const [code, status] of Object.entries(REQUEST_STATUS)) {
      expect(Number.isInteger(status), code).toBe(true);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it('answer each code with the status clients rely on', () => {
    expect(REQUEST_STATUS).toEqual(REQUEST_CONTRACT);
  });

  it('carry code, status and message, and serialise to code and message only', () => {
    for (const code of Object.keys(REQUEST_CONTRACT) as RequestErrorCode[]) {
      const e = new InkCalcError(code, `why ${code}`);
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('InkCalcError');
      expect(e.code).toBe(code);
      expect(e.status).toBe(REQUEST_CONTRACT[code]);
      expect(e.message).toBe(`why ${code}`);
      expect(JSON.stringify(e)).toBe(`{"code":"${code}","message":"why ${code}"}`);
    }
  });
});

describe('result errors', () => {
  it('are the documented set', () => {
    expect(RESULT_ERROR_CODES).toEqual([
      'unreadable-symbol',
      'syntax',
      'division-by-zero',
      'internal',
      'recognizer',
      'no-writing',
      'too-large',
      'not-real',
      'percent-without-number',
      'several-lines',
    ]);
  });

  it('are built as exactly { code, message }, in that order', () => {
    const e = resultError('division-by-zero', 'The ÷ at symbol 2 divides by zero.');
    expect(e).toStrictEqual({
      code: 'division-by-zero',
      message: 'The ÷ at symbol 2 divides by zero.',
    });
    expect(Object.keys(e)).toEqual(['code', 'message']);
    expect(JSON.stringify(e)).toBe(
      '{"code":"division-by-zero","message":"The ÷ at symbol 2 divides by zero."}',
    );
  });

  it('keep the code strings the page styles by', () => {
    // src/web/styles.css selects .message[data-code='…'] on these.
    for (const code of ['recognizer', 'division-by-zero', 'internal', 'unreadable-symbol']) {
      expect(RESULT_ERROR_CODES).toContain(code);
    }
  });
});
