// npm run compare -- A.onnx [B.onnx ...] [--shared ../shared] [--sets digits,numbers]
//
// Ranks candidate models for choosing between them, on the items at EVEN positions of each
// ink-dev set only (the ones tuning may look at), plus the MNIST test set. Odd positions are
// never read here: they stay the held-out figure that `npm run eval` reports for the model
// that ships. In-process recognize() on strokes, the same call the API makes: about 15 s per
// model here rather than eval's three minutes.
//
// Read the differences with the seed noise in mind: two runs of one config that differ only
// in the seed can be several items a set apart (docs/experiments.md has the measured spread).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recognize } from '../src/pipeline/recognize.ts';
import type { Ink } from '../src/pipeline/types.ts';
import { loadNodeClassifier } from '../src/runtime/loadNodeClassifier.ts';
import { mnistTest, modelOutcomes } from './lib/mnistTest.ts';
import { requireFiles } from './lib/requireFiles.ts';

const SETS = ['digits', 'symbols', 'numbers', 'expressions'] as const;
type SetName = (typeof SETS)[number];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shared: { type: 'string', default: '../shared' },
    sets: { type: 'string', default: SETS.join(',') },
  },
});
const inkDev = join(resolve(values.shared), 'eval/ink-dev');
const mnistDir = join(resolve(values.shared), 'datasets/mnist');
const sets = values.sets.split(',').map((s) => s.trim()) as SetName[];
const unknown = sets.filter((s) => !SETS.includes(s));
if (positionals.length === 0 || unknown.length > 0) {
  console.error(
    (unknown.length > 0 ? `Unknown set ${unknown.join(', ')}: use ${SETS.join(', ')}.\n` : '') +
      'usage: npm run compare -- MODEL.onnx [MODEL.onnx ...] [--shared DIR] [--sets digits,numbers]',
  );
  process.exit(2);
}
requireFiles(
  'npm run compare',
  [
    ...sets.map((s) => join(inkDev, `${s}.json`)),
    join(mnistDir, 't10k-images-idx3-ubyte.gz'),
    ...positionals,
  ],
  "The evaluation sets and MNIST live in the team's shared folder (../shared); pass --shared DIR.",
);

interface Item {
  label?: string;
  truth?: string;
  value?: string;
  strokes: Ink;
}
const even = Object.fromEntries(
  sets.map((s) => [
    s,
    (JSON.parse(readFileSync(join(inkDev, `${s}.json`), 'utf8')) as Item[]).filter(
      (_, i) => i % 2 === 0,
    ),
  ]),
) as Record<SetName, Item[]>;
const mnist = mnistTest(mnistDir);
const digitsOnly = new Set('0123456789');

const cell = (ok: number, n: number): string => `${((ok / n) * 100).toFixed(2)} % (${ok})`;
const header = ['model', 'mnist', 'mnist digits only', ...sets.map((s) => `${s} even`)];
console.log(header.join(' | '));
for (const path of positionals) {
  const c = await loadNodeClassifier(resolve(path), { threads: 2 });
  const correct = (outs: { truth: string; got: string }[]): number =>
    outs.filter((o) => o.truth === o.got).length;
  const row = [
    path,
    cell(correct(await modelOutcomes(c, mnist.images, mnist.labels)), mnist.labels.length),
    cell(
      correct(await modelOutcomes(c, mnist.images, mnist.labels, digitsOnly)),
      mnist.labels.length,
    ),
  ];
  for (const s of sets) {
    let ok = 0;
    for (const it of even[s]) {
      const r = await recognize({ strokes: it.strokes }, c);
      const got = s === 'expressions' ? r.value : r.text;
      if (got === (s === 'expressions' ? it.value : (it.label ?? it.truth))) ok++;
    }
    row.push(cell(ok, even[s].length));
  }
  console.log(row.join(' | '));
  await c.close();
}
