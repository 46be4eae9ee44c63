// The Python trainer end to end on a toy run: it reads what TypeScript rendered, trains,
// saves a checkpoint that carries its config, and exports an ONNX model the runtime accepts.
// export.py, which ships models trained elsewhere (a GPU), must export that checkpoint to
// exactly the bytes train.py wrote. Needs PyTorch and ../shared's MNIST; skipped otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
