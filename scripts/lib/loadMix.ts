import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Ink } from '../../src/pipeline/types.ts';
import { benchDrawings } from './benchDrawings.ts';
import { strokesToSvg } from '../../test/support/strokesToSvg.ts';

export interface LoadRequest {
  readonly name: string;
  readonly contentType: string;
  readonly body: Buffer;
}

interface Item {
  readonly truth?: string;
  readonly strokes: Ink;
}

/**
 * The traffic `npm run loadtest` cycles through, one of each kind a client sends: a
 * single digit as strokes, a 10-symbol expression as strokes, and the same expression as
 * a PNG body (a photo or canvas upload, which costs a decode). Real ink from the shared
 * evaluation set when it is there, else generated symbols, so a fresh clone can run it.
 */
export async function loadMix(
  shared: string,
): Promise<{ source: string; requests: LoadRequest[] }> {
  const inkDev = join(shared, 'eval/ink-dev');
  let digit: Ink;
  let expression: Ink;
  let source: string;
  if (existsSync(join(inkDev, 'digits.json')) && existsSync(join(inkDev, 'expressions.json'))) {
    const digits = JSON.parse(readFileSync(join(inkDev, 'digits.json'), 'utf8')) as Item[];
    const expressions = JSON.parse(
      readFileSync(join(inkDev, 'expressions.json'), 'utf8'),
    ) as Item[];
    digit = digits[0]!.strokes;
    const ten = expressions.find((e) => e.truth?.length === 10) ?? expressions[0]!;
    expression = ten.strokes;
    source = `${inkDev} (expression "${ten.truth ?? '?'}")`;
  } else {
    const drawings = benchDrawings(shared, [1, 10]);
    digit = drawings.get(1)!;
    expression = drawings.get(10)!;
    source = 'generated operators (src/dataset/synthOperator.ts)';
  }
  const { svg } = strokesToSvg(expression, { inkHeight: 120, pen: 0.06, margin: 30 });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const json = (ink: Ink): Buffer => Buffer.from(JSON.stringify({ strokes: ink }));
  return {
    source,
    requests: [
      { name: 'digit strokes', contentType: 'application/json', body: json(digit) },
      { name: '10-symbol strokes', contentType: 'application/json', body: json(expression) },
      { name: '10-symbol PNG', contentType: 'image/png', body: png },
    ],
  };
}
