// The Python trainer end to end on a toy run: it reads what TypeScript rendered, trains,
// saves a checkpoint that carries its config, and exports an ONNX model the runtime accepts.
// export.py, which ships models trained elsewhere (a GPU), must export that checkpoint to
// exactly the bytes train.py wrote. Needs PyTorch and ../shared's MNIST; skipped otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingSet } from '../src/dataset/buildTrainingSet.ts';
import { writeDataset } from '../src/dataset/writeDataset.ts';
import { loadNodeClassifier } from '../src/runtime/loadNodeClassifier.ts';

const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const MNIST = resolve('..', 'shared', 'datasets', 'mnist');
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0;
const hasMnist = existsSync(join(MNIST, 'train-images-idx3-ubyte.gz'));
if (!hasTorch || !hasMnist) {
  console.warn(
    `Skipping the trainer test: it needs ${PYTHON} with torch and numpy ` +
      '(apt-get install -y --no-install-recommends python3-torch python3-numpy) ' +
      `and MNIST at ${MNIST}.`,
  );
}

const one = [
  [
    [10, 0],
    [12, 80],
  ],
] as const;

describe.skipIf(!hasTorch || !hasMnist)('training/train.py and training/export.py', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ink-calc-train-'));
  const config = join(dir, 'toy.py');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const train = (out: string, ...extra: string[]) =>
    spawnSync(
      PYTHON,
      [
        'training/train.py',
        ...['--config', config, '--mnist', MNIST, '--data', join(dir, 'data')],
        ...['--out', join(dir, out), '--onnx', join(dir, `${out}.onnx`)],
        ...['--meta', join(dir, `${out}.json`), ...extra],
      ],
      { encoding: 'utf8' },
    );

  const renderOptions = {
    seed: 3,
    digitCopies: 3,
    operatorsPerClass: 4,
    ones: 4,
    rejects: 4,
    crossed: 0.5,
  };
  beforeAll(() => {
    writeDataset(
      join(dir, 'data'),
      buildTrainingSet([{ label: '1', strokes: one }], renderOptions),
      { options: renderOptions },
    );
    // A toy network on 1 % of MNIST: this proves the path, not the accuracy.
    writeFileSync(
      config,
      `exec(open(${JSON.stringify(resolve('training/configs/default.py'))}).read())\n` +
        'epochs = 1\nmnist_fraction = 0.01\nstages = ((4,), (8,), (8,))\nhidden = 16\n',
    );
  });

  it('trains, checkpoints and exports a model that export.py reproduces byte for byte', async () => {
    const trained = train('a');
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stdout).toMatch(/epoch 1 loss [\d.]+ train_acc/);

    const exported = spawnSync(
      PYTHON,
      [
        'training/export.py',
        join(dir, 'a', 'ckpt.pt'),
        ...['--onnx', join(dir, 'b.onnx'), '--meta', join(dir, 'b.json')],
      ],
      { encoding: 'utf8' },
    );
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b.onnx')).equals(readFileSync(join(dir, 'a.onnx')))).toBe(true);
    const meta = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as {
      labels: string[];
      training: { config: string; settings: { epochs: number }; renders: unknown[] };
    };
    expect(meta.labels).toHaveLength(23);
    expect(meta.training.config).toBe('toy.py');
    expect(meta.training.settings.epochs).toBe(1);
    // The render it learnt from travels with it, through the checkpoint.
    expect(meta.training.renders).toEqual([renderOptions]);

    // The runtime's model-contract check accepts it and reads 23 classes.
    const c = await loadNodeClassifier(join(dir, 'b.onnx'));
    expect(c.labels).toEqual(meta.labels);
    await c.close();
  });

  it('stops at --max-minutes and still saves and exports, marking the model as cut short', () => {
    const trained = train('cut', '--max-minutes', '0.0001');
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stdout).toContain('STOPPED EARLY');
    const meta = JSON.parse(readFileSync(join(dir, 'cut.json'), 'utf8')) as {
      training: { history: { stopped_early?: string }[] };
    };
    expect(meta.training.history.at(-1)?.stopped_early).toMatch(/--max-minutes 0.0001/);
    expect(existsSync(join(dir, 'cut', 'ckpt.pt'))).toBe(true);
  });

  it('overrides config values with --set, records them, and refuses a key the config lacks', () => {
    const trained = train('set', '--set', 'hidden=12', 'seed=9', '--max-minutes', '0.0001');
    expect(trained.status, trained.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8')) as {
      training: { settings: { hidden: number; seed: number } };
    };
    expect(meta.training.settings).toMatchObject({ hidden: 12, seed: 9 });
    const wrong = train('wrong', '--set', 'hiden=12');
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/--set 'hiden=12': expected KEY=VALUE with KEY one of .*hidden/);
  });
});

// The trajectory model's trainer on the same kind of toy render: it reads the sequences
// writeDataset put beside the images, exports `sequence` [n, 5, 64] -> `logits` [n, classes],
// and records itself under `trajectory` in the image model's JSON, touching nothing else there.
describe.skipIf(!hasTorch)('training/train_trajectory.py', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ink-calc-trajectory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const labels = (JSON.parse(readFileSync('models/symbols.json', 'utf8')) as { labels: string[] })
    .labels;
  const before = { name: 'toy', labels, evaluation: { stale: true, figure: 0.9 } };
  const renderOptions = { seed: 3, digitCopies: 3, operatorsPerClass: 4, ones: 4, rejects: 4 };
  const train = (name: string, meta: string) =>
    spawnSync(
      PYTHON,
      [
        'training/train_trajectory.py',
        ...['--config', 'training/configs/trajectory_quick.py', '--data', join(dir, 'data')],
        ...['--out', join(dir, name), '--onnx', join(dir, `${name}.onnx`), '--meta', meta],
        // 40 items: a hold-out and batches to match.
        ...['--set', 'holdout=8', 'batch_size=8'],
      ],
      { encoding: 'utf8' },
    );
  beforeAll(() => {
    writeDataset(
      join(dir, 'data'),
      buildTrainingSet([{ label: '1', strokes: one }], renderOptions),
      { options: renderOptions },
    );
  });

  it('trains, exports and records itself in the JSON, the same model for the same render', async () => {
    const metaPath = join(dir, 'symbols.json');
    writeFileSync(metaPath, JSON.stringify(before, null, 2) + '\n');
    const trained = train('t', metaPath);
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stdout).toMatch(/epoch 1 loss [\d.]+ holdout_acc [\d.]+/);

    const text = readFileSync(metaPath, 'utf8');
    const { trajectory, ...rest } = JSON.parse(text) as {
      trajectory: {
        file: string;
        parameters: number;
        training: { holdout_acc: number; history: unknown[] };
      };
    };
    // Every other key as it was, written as it was (2-space indent, final newline).
    expect(rest).toEqual(before);
    expect(
      text.startsWith(JSON.stringify(before, null, 2).slice(0, -2) + ',\n  "trajectory": {'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(trajectory).toMatchObject({
      file: 't.onnx',
      input: { name: 'sequence', shape: [null, 5, 64] },
      output: { name: 'logits' },
      training: {
        config: 'trajectory_quick.py',
        settings: { classes: labels, epochs: 1, seed: 2, holdout: 8, batch_size: 8 },
        counts: { pendigits: 4, operators: 28, ones: 4, reject: 4 },
        renders: [renderOptions],
      },
    });
    expect(trajectory.parameters).toBeGreaterThan(10_000);
    expect(trajectory.training.history).toHaveLength(1);
    expect(trajectory.training.holdout_acc).toBeGreaterThanOrEqual(0);
    expect(existsSync(join(dir, 't', 'trajectory.pt'))).toBe(true);

    const session = await ort.InferenceSession.create(join(dir, 't.onnx'));
    expect(session.inputNames).toEqual(['sequence']);
    expect(session.outputNames).toEqual(['logits']);
    const data = Float32Array.from({ length: 2 * 5 * 64 }, (_, i) => Math.sin(i));
    const out = await session.run({ sequence: new ort.Tensor('float32', data, [2, 5, 64]) });
    expect(out.logits!.dims).toEqual([2, labels.length]);
    await session.release();

    // Seeded, numpy too, on a fixed number of threads: the same render gives the same bytes.
    const again = train('u', metaPath);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'u.onnx')).equals(readFileSync(join(dir, 't.onnx')))).toBe(true);
  });

  it('refuses a JSON whose labels are not its classes, in order', () => {
    const metaPath = join(dir, 'other.json');
    writeFileSync(metaPath, JSON.stringify({ labels: [...labels].reverse() }));
    const refused = train('r', metaPath);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/multiplies the two models' probabilities class by class/);
    expect(existsSync(join(dir, 'r.onnx'))).toBe(false);
  });
});
