import { z } from 'zod';
import { InkCalcError } from '../pipeline/errors.ts';
import type { Ink } from '../pipeline/types.ts';

export interface StrokeLimits {
  readonly maxStrokes: number;
  /** Total over all strokes. */
  readonly maxPoints: number;
}

// Past this the pipeline's box arithmetic (x1 - x0) can overflow to Infinity; no pen or
// canvas gets near it, so a value this large is a client bug, not a drawing.
const MAX_COORDINATE = 1e9;
const MAX_TIME = 1e15;

const coordinate = z.number().gte(-MAX_COORDINATE).lte(MAX_COORDINATE);
const time = z.number().gte(-MAX_TIME).lte(MAX_TIME);
const point = z.union([z.tuple([coordinate, coordinate]), z.tuple([coordinate, coordinate, time])]);
const ink = z.array(z.array(z.array(z.unknown())));
const POINT_SHAPE = 'a point is [x, y] or [x, y, t] with numbers';
const AXES = ['x', 'y', 't'];

/**
 * Validates untrusted strokes (`[[[x, y], ...], ...]`, optional third number t in ms) for
 * the API and the CLI alike, so both refuse the same input with the same words.
 *
 * Counts are checked before any point is looked at, so an oversized drawing costs one
 * pass over the stroke lengths. Refusals (InkCalcError): 'too-many-strokes' /
 * 'too-many-points' with the count and the limit; 'bad-coordinate' for a number that is
 * not finite or out of range, naming the stroke and point; 'bad-request' for anything
 * of the wrong type, naming its path (`where` is the name of the value itself).
 */
export function parseStrokes(value: unknown, limits: StrokeLimits, where = 'strokes'): Ink {
  if (!Array.isArray(value)) {
    throw badRequest(
      where,
      `must be an array of strokes, each an array of [x, y] points; got ${kind(value)}`,
    );
  }
  if (value.length > limits.maxStrokes) {
    throw new InkCalcError(
      'too-many-strokes',
      `The drawing has ${value.length} strokes; the limit is ${limits.maxStrokes}. ` +
        `Send one calculation at a time.`,
    );
  }
  let points = 0;
  for (const stroke of value) if (Array.isArray(stroke)) points += stroke.length;
  if (points > limits.maxPoints) {
    throw new InkCalcError(
      'too-many-points',
      `The drawing has ${points} points; the limit is ${limits.maxPoints}. ` +
        `Simplify the strokes (drop points closer than a pixel apart) and try again.`,
    );
  }

  const shaped = ink.safeParse(value);
  if (!shaped.success) throw refusal(value, shaped.error.issues, where);
  const strokes = shaped.data;
  for (let i = 0; i < strokes.length; i++) {
    const stroke = strokes[i]!;
    for (let j = 0; j < stroke.length; j++) {
      const parsed = point.safeParse(stroke[j]);
      if (!parsed.success) throw pointRefusal(stroke[j]!, i, j, where);
    }
  }
  return strokes as unknown as Ink;
}

function refusal(value: unknown, issues: readonly z.core.$ZodIssue[], where: string): InkCalcError {
  const issue = issues[0]!;
  const path = pathOf(where, issue.path);
  return badRequest(path, `must be an array (${POINT_SHAPE}); got ${kind(at(value, issue.path))}`);
}

function pointRefusal(p: readonly unknown[], i: number, j: number, where: string): InkCalcError {
  const path = pathOf(where, [i, j]);
  if (p.length < 2 || p.length > 3) {
    return badRequest(path, `has ${p.length} value${p.length === 1 ? '' : 's'}; ${POINT_SHAPE}`);
  }
  const k = p.findIndex((v, n) => !(n === 2 ? time : coordinate).safeParse(v).success);
  const v = p[k];
  if (typeof v !== 'number') {
    return badRequest(`${path}[${k}]`, `(${AXES[k]}) must be a number; got ${kind(v)}`);
  }
  const range = k === 2 ? MAX_TIME : MAX_COORDINATE;
  return new InkCalcError(
    'bad-coordinate',
    `Stroke ${i}, point ${j} (${path}): ${AXES[k]} is ${String(v)}; ` +
      `${k === 2 ? 't' : 'coordinates'} must be finite numbers between -${range} and ${range}.`,
  );
}

function badRequest(path: string, what: string): InkCalcError {
  return new InkCalcError('bad-request', `${path} ${what}.`);
}

function pathOf(where: string, path: readonly PropertyKey[]): string {
  return where + path.map((p) => `[${String(p)}]`).join('');
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = (v as Record<PropertyKey, unknown> | undefined)?.[key];
  return v;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.slice(0, 20))})`;
  if (typeof v === 'number') return `the number ${v}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}
