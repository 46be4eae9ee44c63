import { parseArgs } from 'node:util';
import { InkCalcError } from '../pipeline/errors.ts';
import { recognize, type RecognizeInput } from '../pipeline/recognize.ts';
import { doubtTip } from '../pipeline/score/doubtTip.ts';
import { symbolsNotRead } from '../pipeline/score/symbolsNotRead.ts';
import type { LineReading, Recognition } from '../pipeline/types.ts';
import { loadNodeClassifier } from '../runtime/loadNodeClassifier.ts';
import { loadConfig } from '../server/config.ts';
import { readInputFile } from './readInputFile.ts';

const RECOGNIZE_HELP = `Usage: ink-calc recognize FILE... [--json] [--model PATH]

Reads handwritten calculations and prints what they say and what they come to.

FILE      a PNG or JPEG (dark ink on light paper, or a canvas export), or a strokes
          JSON: {"strokes": [[[x, y], ...], ...]} or a bare array of strokes
--json    print the HTTP API's JSON instead (an array when there are several files)
--model   an ONNX model (default: MODEL_PATH, else the bundled models/symbols.onnx)
-h, --help

Exit status: 0 done, 2 bad arguments or an unreadable file, 1 the model failed.
Limits come from MAX_PIXELS, MAX_STROKES and MAX_POINTS as for the server.`;

/**
 * `ink-calc recognize`. Every file is read and validated before the model is loaded, so
 * a typo in the fourth file name costs nothing and nothing is printed for the other three.
 */
export async function recognizeCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(RECOGNIZE_HELP + '\n');
    return 0;
  }
  if (positionals.length === 0) {
    throw new InkCalcError(
      'bad-request',
      'recognize needs at least one FILE (a PNG, JPEG or strokes JSON).',
    );
  }
  const config = loadConfig({
    ...process.env,
    ...(values.model ? { MODEL_PATH: values.model } : {}),
  });

  const inputs: RecognizeInput[] = [];
  const problems: string[] = [];
  for (const file of positionals) {
    try {
      inputs.push(await readInputFile(file, config));
    } catch (e) {
      if (!(e instanceof InkCalcError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`ink-calc: ${p}\n`);
    return 2;
  }

  const classifier = await loadNodeClassifier(config.modelPath, { threads: config.ortThreads });
  const missing = symbolsNotRead(classifier.labels);
  if (missing.length > 0)
    process.stderr.write(
      `ink-calc: this model cannot read ${missing.join(' ')}: those come back as unreadable.\n`,
    );
  try {
    const results: Recognition[] = [];
    for (const input of inputs) results.push(await recognize(input, classifier));
    if (values.json) {
      const out = results.length === 1 ? results[0] : results;
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    } else {
      results.forEach((r, i) => process.stdout.write(`${positionals[i]}:${describeLines(r)}\n`));
    }
  } finally {
    await classifier.close();
  }
  return 0;
}

/** One line of writing after the file's name; several each on a line of their own. */
function describeLines(r: Recognition): string {
  if (r.lines.length < 2) return ` ${describe(r)}`;
  return r.lines.map((line) => `\n  ${describe(line)}`).join('');
}

/**
 * One line a person reads: `12+3 = 15`, `1÷3 = 1/3 ≈ 0.3333`, `2+2=5 (wrong: 2+2 = 4)`, and
 * `3.5×2 = 7 (unsure: check the reading)` when the reading rests on a doubtful symbol, with
 * why where no symbol says it: `07+1 = 8 (unsure: check the reading; a number starts with 0)`.
 */
function describe(r: Recognition | LineReading): string {
  if (r.text === '') return '(no ink found)';
  if (r.error) return `${r.text} (${r.error.message})`;
  const approx = r.approx ? ` ≈ ${r.approx}` : '';
  const why = doubtTip(r.doubts);
  const unsure = r.unsure ? ` (unsure: check the reading${why ? `; ${asClause(why)}` : ''})` : '';
  // An inexact answer has no exact value, only its approximation: `√2 ≈ 1.414213562`.
  const value = r.value === null ? '' : ` = ${r.value}`;
  if (r.check === null) return `${r.text.replace(/=$/, '')}${value}${approx}${unsure}`;
  const left = r.text.slice(0, r.text.indexOf('='));
  const verdict = r.check ? `${r.text} (correct)` : `${r.text} (wrong: ${left}${value}${approx})`;
  return verdict + unsure;
}

/** A sentence as a clause after a semicolon: `A number starts with 0.` → `a number starts with 0`. */
function asClause(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '');
}
