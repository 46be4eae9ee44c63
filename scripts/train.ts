// npm run train -- [--quick] [--shared ../shared] [--config training/configs/NAME.py]
//                  [--trajectory-config training/configs/NAME.py]
// Renders the stroke data with the app's own TypeScript pipeline, then trains and exports
// with PyTorch: the image model (training/train.py), then on the same render the trajectory
// model (training/train_trajectory.py), which reads each symbol's pen path and records itself
// under `trajectory` in the image model's JSON. The default run writes models/symbols.onnx,
// models/symbols.trajectory.onnx and models/symbols.json; --quick writes the same files to
// training/out/quick/ so a smoke test never replaces the shipped models.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { requireFiles } from './lib/requireFiles.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    shared: { type: 'string', default: '../shared' },
    config: { type: 'string' },
    'trajectory-config': { type: 'string' },
    python: { type: 'string', default: '/usr/bin/python3' },
  },
});

const shared = resolve(values.shared);
const mnist = join(shared, 'datasets/mnist');
requireFiles(
  'Training',
  [join(mnist, 'train-images-idx3-ubyte.gz'), join(shared, 'datasets/pendigits/train.json')],
  'MNIST (IDX, gzip) is published by Y. LeCun, C. Cortes and C. Burges; pendigits by the UCI\n' +
    'Machine Learning Repository (Pen-Based Recognition of Handwritten Digits, CC BY 4.0).\n' +
    'Lay them out as datasets/mnist/*.gz and datasets/pendigits/train.json and pass --shared DIR.',
);
const probe = spawnSync(values.python, ['-c', 'import torch, numpy'], { stdio: 'ignore' });
if (probe.status !== 0) {
  console.error(
    `${values.python} cannot import torch and numpy. On Debian:\n` +
      '  apt-get install -y --no-install-recommends python3-torch python3-numpy',
  );
  process.exit(2);
}

const quick = values.quick;
const data = quick ? 'data/quick' : 'data/dataset';
const out = quick ? 'training/out/quick' : 'training/out/default';
const config = values.config ?? `training/configs/${quick ? 'quick' : 'default'}.py`;
const trajectoryConfig =
  values['trajectory-config'] ?? `training/configs/trajectory${quick ? '_quick' : ''}.py`;
const meta = quick ? join(out, 'symbols.json') : 'models/symbols.json';
const run = (cmd: string, args: string[]): void => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [
  '--import',
  'tsx',
  'scripts/dataset.ts',
  '--shared',
  shared,
  '--out',
  data,
  ...(quick ? ['--quick'] : []),
]);
run(values.python, [
  'training/train.py',
  '--config',
  config,
  '--mnist',
  mnist,
  '--data',
  data,
  '--out',
  out,
  '--onnx',
  quick ? join(out, 'symbols.onnx') : 'models/symbols.onnx',
  '--meta',
  meta,
]);
run(values.python, [
  'training/train_trajectory.py',
  '--config',
  trajectoryConfig,
  '--data',
  data,
  '--out',
  out,
  '--onnx',
  quick ? join(out, 'symbols.trajectory.onnx') : 'models/symbols.trajectory.onnx',
  '--meta',
  meta,
]);
console.log(
  quick
    ? `Quick models in ${out}/ (the shipped models are untouched).`
    : 'Now run `npm run eval -- --write` to measure it and record the figures.',
);
