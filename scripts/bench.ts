// npm run bench -- [--shared ../shared] [--model models/symbols.onnx] [--seconds 8] [--out docs/bench.json]
//                    [--only page|sheet]
//
// Speed, measured side by side in one run on this machine:
//  1. in-process recognize() latency for 1, 3 and 10 symbols, and the cost per symbol as
//     the drawing grows (it should stay flat: the work is linear in symbols);
//  2. HTTP throughput and latency with autocannon on 127.0.0.1 for the same drawings,
//     each as a ratio to a bare Fastify route that only runs the model on a ready tensor
//     (the ceiling), and the old app's model served the same bare way, for scale;
//  3. the page in headless Chromium: start-up, pen-up → result, and the sheet of 10 / 50 /
//     100 symbols. `--only page` runs only this part, `--only sheet` only its sheet, and
//     neither writes the report unless `--out` is given.
// autocannon runs in this process and the server in a child: both share the 2 cores.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { recognize } from '../src/pipeline/recognize.ts';
import { loadNodeClassifier, SMALL_BATCH } from '../src/runtime/loadNodeClassifier.ts';
import { benchDrawings } from './lib/benchDrawings.ts';
import { benchPage } from './lib/benchPage.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    model: { type: 'string', default: 'models/symbols.onnx' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '8' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const only = values.only;
if (only !== undefined && only !== 'page' && only !== 'sheet')
  throw new Error(`--only takes page or sheet, not ${only}`);
const out = values.out ?? (only ? null : 'docs/bench.json');
const model = resolve(values.model);
const seedPath = join(resolve(values.shared), 'reference/seed-mnist-model.onnx');
const seconds = Number(values.seconds);
const sizes = [1, 3, 10];
const drawings = benchDrawings(resolve(values.shared), [...sizes, 2, 4, 6, 8, 12, 16]);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
console.log(`bench on ${machine}\n`);

const percentile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number): string => `${x.toFixed(2)} ms`;

// ---- 1. in-process ---------------------------------------------------------------------
const inProcess: Record<string, { p50: number; p99: number; perSymbol: number }> = {};
if (!only) {
  const classifier = await loadNodeClassifier(model, { threads: 1 });
  console.log('in-process recognize() (onnxruntime 1 thread)');
  for (const n of [...drawings.keys()].sort((a, b) => a - b)) {
    const ink = drawings.get(n)!;
    for (let i = 0; i < 20; i++) await recognize({ strokes: ink }, classifier);
    const times: number[] = [];
    const until = performance.now() + 1500;
    while (performance.now() < until || times.length < 50) {
      const t0 = performance.now();
      await recognize({ strokes: ink }, classifier);
      times.push(performance.now() - t0);
    }
    const p50 = percentile(times, 0.5);
    inProcess[n] = { p50, p99: percentile(times, 0.99), perSymbol: p50 / n };
    console.log(
      `  ${String(n).padStart(2)} symbols  p50 ${ms(p50).padStart(9)}  p99 ${ms(percentile(times, 0.99)).padStart(9)}  per symbol ${ms(p50 / n)}`,
    );
  }
  await classifier.close();
}

// ---- 2. HTTP ---------------------------------------------------------------------------
async function startServer(
  threads: number,
): Promise<{ api: string; bare: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/lib/benchServer.ts',
      model,
      String(threads),
      ...(existsSync(seedPath) ? [seedPath] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((ok, fail) => {
    child.stdout.once('data', (d: Buffer) => ok(d.toString()));
    child.once('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
  const urls = JSON.parse(line) as { api: string; bare: string };
  return { ...urls, stop: () => child.kill('SIGTERM') };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}
async function load(url: string, body: string): Promise<Load> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: Number(values.connections),
    duration: seconds,
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const http: Record<string, unknown> = {};
for (const threads of only ? [] : [1, 2]) {
  const server = await startServer(threads);
  console.log(
    `\nHTTP, onnxruntime ${threads} thread(s)${threads > 1 ? ` (batches of ≤ ${SMALL_BATCH} on one)` : ''}, ${values.connections} connections, ${seconds} s each (autocannon shares the cores)`,
  );
  const ceiling = await load(`${server.bare}/bare`, '{}');
  const row = (name: string, l: Load, ref?: Load): string =>
    `  ${name.padEnd(22)} ${l.rps.toFixed(0).padStart(6)} req/s  p50 ${String(l.p50).padStart(3)} ms  p99 ${String(l.p99).padStart(3)} ms` +
    (ref ? `  ${((l.rps / ref.rps) * 100).toFixed(0).padStart(3)} % of ceiling` : '') +
    (l.errors + l.non2xx > 0 ? `  errors ${l.errors} non-2xx ${l.non2xx}` : '');
  console.log(row('bare model (ceiling)', ceiling));
  const result: Record<string, unknown> = { ceiling };
  if (existsSync(seedPath)) {
    const seed = await load(`${server.bare}/bare-seed`, '{}');
    console.log(row('bare old-app model', seed, ceiling));
    result.oldAppModel = seed;
  }
  for (const n of sizes) {
    const l = await load(
      `${server.api}/api/recognize`,
      JSON.stringify({ strokes: drawings.get(n) }),
    );
    console.log(row(`API ${n} symbol(s)`, l, ceiling));
    result[`api${n}`] = { ...l, ratio: l.rps / ceiling.rps };
  }
  http[`threads${threads}`] = result;
  server.stop();
}

// ---- 3. the page in headless Chromium --------------------------------------------------
console.log('\npage (headless Chromium, loopback)');
const page = await benchPage({ shared: resolve(values.shared), onlySheet: only === 'sheet' });
if (page) {
  const { startup, penUpToResult: pen, ink } = page;
  console.log(
    `  ${page.browser}, ${page.runs} runs per drawing and ${page.sheetRuns} per sheet after warm-ups`,
  );
  if (startup && pen && ink) {
    console.log(
      `  start-up (median of ${startup.loads} fresh loads): canvas takes strokes ${startup.inputReadyMs} ms, recogniser ready ${startup.recognizerReadyMs} ms`,
    );
    for (const n of ['1', '10'] as const)
      console.log(
        `  pen-up → result, ${n.padStart(2)} symbol(s): p50 ${ms(pen[n].p50).padStart(9)}  p99 ${ms(pen[n].p99).padStart(9)}  (${ink[n]})`,
      );
    console.log(`  goal: 10 symbols p50 ≤ 50 ms: ${pen['10'].p50 <= 50 ? 'met' : 'NOT met'}`);
  }
  for (const n of ['10', '50', '100'] as const) {
    const s = page.sheet[n];
    const same = s.same ? 'as a full reading' : 'NOT as a full reading';
    console.log(
      `  sheet of ${n.padStart(3)} symbols (${s.lines} lines), pen-up → answers: p50 ${ms(s.p50).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  (${same})`,
    );
  }
  const ratio = page.sheet['100'].p50 / page.sheet['10'].p50;
  console.log(
    `  goal: p50 at 100 ≤ 1.2 × p50 at 10: ${ratio.toFixed(2)}×, ${ratio <= 1.2 ? 'met' : 'NOT met'}`,
  );
}

const report = {
  measuredAt: new Date().toISOString(),
  machine,
  command: 'npm run bench',
  inProcess,
  http,
  page,
};
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwritten to ${out}`);
}
