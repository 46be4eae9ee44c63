// npm run dataset -- [--shared ../shared] [--out data/dataset] [--quick] [--seed N] [--crossed P]
//                    [--zero-marks P]
// Renders the stroke-based training data with the same TypeScript code the app uses.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTrainingSet, type LabelledInk } from '../src/dataset/buildTrainingSet.ts';
import { writeDataset } from '../src/dataset/writeDataset.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    out: { type: 'string', default: 'data/dataset' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    // Probability that a pendigits copy of a `0` is slashed or of a `7` crossed (crossDigit):
    // pendigits' writers use neither mark, and the shipped model learnt them from this default.
    crossed: { type: 'string', default: '0.25' },
    // Probability that a pendigits copy of a `0` gets a bar or a dot inside (markZero).
    'zero-marks': { type: 'string', default: '0.2' },
  },
});

const pendigitsPath = join(resolve(values.shared), 'datasets/pendigits/train.json');
if (!existsSync(pendigitsPath)) {
  console.error(
    `Missing ${pendigitsPath}.\n` +
      'Training needs the UCI Pen-Based Recognition of Handwritten Digits set (CC BY 4.0) as JSON\n' +
      '([{label, strokes: [[[x, y], ...], ...]}]) and MNIST in IDX format (datasets/mnist), both\n' +
      "published by their authors (UCI Machine Learning Repository; Yann LeCun's MNIST page).\n" +
      'Pass the folder that holds datasets/ with --shared PATH.',
  );
  process.exit(2);
}

const digits = JSON.parse(readFileSync(pendigitsPath, 'utf8')) as LabelledInk[];
const quick = values.quick;
const crossed = Number(values.crossed);
const zeroMarks = Number(values['zero-marks']);
const options = {
  seed: Number(values.seed),
  digitCopies: quick ? 0 : 5,
  operatorsPerClass: quick ? 300 : 5000,
  glyphsPerClass: quick ? 300 : 5000,
  ones: quick ? 300 : 5000,
  rejects: quick ? 300 : 8000,
  // Recorded only when on, so that a render without marks has the manifest it always had.
  ...(crossed > 0 ? { crossed } : {}),
  ...(zeroMarks > 0 ? { zeroMarks } : {}),
};
const started = Date.now();
const parts = buildTrainingSet(quick ? digits.slice(0, 1500) : digits, {
  ...options,
  onProgress: (p, done, total) => console.log(`dataset: ${p} ${done}/${total}`),
});
writeDataset(values.out, parts, {
  options,
  source: { pendigits: 'datasets/pendigits/train.json' },
});
for (const p of parts) console.log(`dataset: wrote ${p.labels.length} ${p.name} images`);
console.log(`dataset: done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${values.out}`);
