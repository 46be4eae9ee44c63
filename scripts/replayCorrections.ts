// npm run replay-corrections -- [--shared ../shared] [--model models/symbols.onnx]
//
// What the page's learning from corrections is worth, replayed on real writers: each writer's
// single digits and operators in ink-dev are read in order, the way the page reads them
// (adaptClassifier with the page's defaults over that writer's earlier corrections), and
// every misreading is corrected as a user would, by tapping the symbol and picking the right
// label. Prints, per set and half (even positions, odd positions), how many later readings the
// corrections fixed and how many they broke. Reproduces the figure in the README.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adaptClassifier, type Example } from '../src/pipeline/score/adaptClassifier.ts';
import { recognize } from '../src/pipeline/recognize.ts';
import type { Ink } from '../src/pipeline/types.ts';
import { loadNodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { requireFiles } from './lib/requireFiles.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    model: { type: 'string', default: 'models/symbols.onnx' },
  },
});
const inkDev = join(resolve(values.shared), 'eval/ink-dev');
const SETS = ['digits', 'symbols'] as const;
requireFiles(
  'npm run replay-corrections',
  [...SETS.map((s) => join(inkDev, `${s}.json`)), values.model],
  "The evaluation sets live in the team's shared folder (../shared); pass --shared DIR.",
);

interface Item {
  label: string;
  source: string;
  strokes: Ink;
}
const base = await loadNodeClassifier(values.model, { threads: 1 });
let fixedAll = 0;
let brokenAll = 0;
for (const set of SETS) {
  const all = JSON.parse(readFileSync(join(inkDev, `${set}.json`), 'utf8')) as Item[];
  for (const [half, parity] of [
    ['even', 0],
    ['odd', 1],
  ] as const) {
    const items = all.filter((_, i) => i % 2 === parity);
    const byWriter = new Map<string, Example[]>();
    let plain = 0;
    let learned = 0;
    let fixed = 0;
    let broken = 0;
    let corrections = 0;
    for (const item of items) {
      const examples = byWriter.get(item.source) ?? [];
      byWriter.set(item.source, examples);
      const adapted = adaptClassifier(base, () => examples);
      const before = (await recognize({ strokes: item.strokes }, base)).text === item.label;
      const r = await recognize({ strokes: item.strokes }, adapted, { withImages: true });
      const after = r.text === item.label;
      plain += before ? 1 : 0;
      learned += after ? 1 : 0;
      if (!before && after) fixed++;
      if (before && !after) broken++;
      // The user taps the one misread symbol and picks the right label.
      if (!after && r.symbols.length === 1) {
        examples.push({ image: r.images![0]!, label: item.label });
        corrections++;
      }
    }
    fixedAll += fixed;
    brokenAll += broken;
    console.log(
      `${`${set} (${half})`.padEnd(16)} ${items.length} items, ${corrections} corrections: ` +
        `right ${plain} without learning, ${learned} with (fixed ${fixed}, broke ${broken})`,
    );
  }
}
console.log(`all: fixed ${fixedAll}, broke ${brokenAll}`);
