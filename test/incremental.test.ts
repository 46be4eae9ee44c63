// Reading a page stroke by stroke with a memo (the page's worker) gives, after every
// stroke, exactly the reading of the whole page from scratch: on sheets of real
// handwriting (../shared/eval/ink-dev's expressions, five to a sheet as `npm run eval`
// stacks them). Skipped in a clone without ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../src/dataset/rng.ts';
import { readingMemo } from '../src/pipeline/readingMemo.ts';
import { recognize } from '../src/pipeline/recognize.ts';
import type { Classifier, Ink, ModelImage } from '../src/pipeline/types.ts';
import { loadNodeClassifier, type NodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { stackSheet } from './support/stackSheet.ts';
import { ROOT } from './support/serve.ts';

const FILE = join(ROOT, '..', 'shared', 'eval', 'ink-dev', 'expressions.json');
/** Which sheets of five to replay: a few, spread over the file, to keep the run short. */
const SHEETS = [0, 35, 70];

let model: NodeClassifier;
beforeAll(async () => {
  model = await loadNodeClassifier('models/symbols.onnx', { threads: 1 });
});
afterAll(async () => {
  await model?.close();
});

describe.skipIf(!existsSync(FILE))('incremental reading of real handwriting', () => {
  it.each(SHEETS)(
    'reads sheet %i stroke by stroke as from scratch',
    async (sheet) => {
      const items = JSON.parse(readFileSync(FILE, 'utf8')) as { strokes: Ink }[];
      const at = sheet * 5;
      const { strokes } = stackSheet(
        items.slice(at, at + 5).map((it) => it.strokes),
        createRng(2_000_003 + at),
      );
      const memo = readingMemo();
      let sent = 0;
      const counting: Classifier = {
        labels: model.labels,
        classify: (images: readonly ModelImage[]) => {
          sent += images.length;
          return model.classify(images);
        },
        ...(model.classifySequences ? { classifySequences: model.classifySequences } : {}),
      };
      let full = 0;
      for (let n = 1; n <= strokes.length; n++) {
        const page = strokes.slice(0, n);
        const whole = await recognize({ strokes: page }, model);
        expect(await recognize({ strokes: page }, counting, { memo })).toEqual(whole);
        full += whole.symbols.length;
      }
      // The memo sends far fewer images than reading every page afresh would.
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(full);
    },
    60_000,
  );
});
