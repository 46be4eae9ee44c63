// npm run seed-spread -- RESULTS.json RESULTS.json [...] [--model models/symbols.onnx] [--note TEXT]
//
// Records how far apart models trained by the same recipe with different seeds read each
// row of `npm run eval`, in items, so that a later change can be told from seed noise. Each
// RESULTS.json is what `npm run eval -- --model M.onnx --out RESULTS.json` wrote for one
// seed's model (the shipped one included); the spread of a row is the largest minus the
// smallest count of items read right, whole file, even and odd half (and of wrong answers,
// on rows scored by value), over the rows every file has. It is written to the model's JSON as `seedSpread`, which `--write` leaves alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: 'models/symbols.onnx' },
    note: { type: 'string' },
  },
});
if (positionals.length < 2) {
  console.error(
    'usage: npm run seed-spread -- A.json B.json [...] [--model models/symbols.onnx] [--note TEXT]\n' +
      'Each file is the --out of `npm run eval -- --model SEED.onnx` for one seed of the same recipe.',
  );
  process.exit(2);
}

type Counts = readonly [whole: number, even: number, odd: number];
interface Row {
  readonly correct?: Counts;
  readonly answers?: { readonly whole: { readonly wrong: number } };
}
interface Results {
  readonly measuredAt: string;
  readonly limit: number | null;
  readonly sets: Record<string, Row>;
}
const runs = positionals.map((p) => {
  const r = JSON.parse(readFileSync(p, 'utf8')) as Results;
  if (r.limit !== null) throw new Error(`${p} was measured with --limit ${r.limit}: use full runs`);
  return r;
});
// The old app's rows read the same reference model in every run: no seed moves them.
const keys = Object.keys(runs[0]!.sets).filter(
  (k) => !k.includes('(old app)') && runs.every((r) => r.sets[k]?.correct !== undefined),
);
const rows = Object.fromEntries(
  keys.map((k) => {
    const counts = runs.map((r) => r.sets[k]!.correct!);
    const range = (v: readonly number[]): number => Math.max(...v) - Math.min(...v);
    const spread = (i: number): number => range(counts.map((c) => c[i]!));
    const wrong = runs.map((r) => r.sets[k]!.answers?.whole.wrong);
    return [
      k,
      {
        whole: spread(0),
        even: spread(1),
        odd: spread(2),
        // Rows scored by value: how far apart the seeds' wrong answers are, whole file.
        ...(wrong.every((w) => w !== undefined) ? { wrong: range(wrong) } : {}),
      },
    ];
  }),
);
const metaPath = resolve(values.model).replace(/\.onnx$/, '.json');
const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
meta.seedSpread = {
  command: 'npm run seed-spread',
  models: positionals.length,
  ...(values.note ? { note: values.note } : {}),
  rows,
};
writeFileSync(metaPath, JSON.stringify(meta, null, 2) + '\n');
for (const [k, s] of Object.entries(rows))
  console.log(
    `${k.padEnd(34)} whole ${s.whole}  even ${s.even}  odd ${s.odd}` +
      ('wrong' in s ? `  wrong answers ${s.wrong}` : ''),
  );
console.log(`recorded in ${metaPath}`);
