// No real handwriting may be taken for a scratch-out: every stroke of every drawing in
// ../shared/eval/ink-dev (isolated symbols, numbers, expressions, the grammar sets) is
// checked against the strokes written before it. Skipped in a clone without ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchOut } from '../src/pipeline/ink/scratchOut.ts';
import type { Ink } from '../src/pipeline/types.ts';
import { ROOT } from './support/serve.ts';

const DIR = join(ROOT, '..', 'shared', 'eval', 'ink-dev');
const FILES = [
  'digits',
  'symbols',
  'numbers',
  'expressions',
  ...['symbols', 'decimals', 'percent', 'glyphs', 'powers', 'roots', 'fractions'].map(
    (f) => `grammar/${f}`,
  ),
];

describe.skipIf(!existsSync(DIR))('scratch-outs in real handwriting', () => {
  it.each(FILES)('takes no stroke of %s for one', (file) => {
    const items = JSON.parse(readFileSync(join(DIR, `${file}.json`), 'utf8')) as {
      strokes: Ink;
    }[];
    const taken = items.flatMap((it, at) =>
      it.strokes.flatMap((s, k) => (scratchOut(s, it.strokes.slice(0, k)) ? [`${at}:${k}`] : [])),
    );
    expect(taken).toEqual([]);
  });
});
