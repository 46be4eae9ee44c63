// npm run loadtest -- [--duration 60] [--model models/symbols.onnx] [--connections 8]
//                     [--threads N (default: the server's ORT_THREADS default)]
//                     [--shared ../shared] [--rss-bound-mb 150] [--out docs/loadtest.json]
//
// Sustained mixed traffic against the real API in a child process (rate limiting off),
// on 127.0.0.1 only and for a bounded time. Fails (exit 1) on any error or non-2xx
// answer, or when the server's resident memory grows by more than the stated bound
// between the end of the warm-up and the end of the run: growth under steady load is a
// leak, not a cache filling up.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/server/config.ts';
import { loadMix } from './lib/loadMix.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    model: { type: 'string', default: 'models/symbols.onnx' },
    connections: { type: 'string', default: '8' },
    threads: { type: 'string', default: String(loadConfig({}).ortThreads) },
    shared: { type: 'string', default: '../shared' },
    'rss-bound-mb': { type: 'string', default: '150' },
    out: { type: 'string', default: 'docs/loadtest.json' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const boundMb = Number(values['rss-bound-mb']);
if (!(duration > 0) || !(connections > 0) || !(boundMb > 0)) {
  console.error('loadtest: --duration, --connections and --rss-bound-mb must be positive numbers');
  process.exit(2);
}
const warmup = Math.min(5, Math.max(1, Math.round(duration / 10)));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;

const mix = await loadMix(resolve(values.shared));
const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/lib/benchServer.ts', resolve(values.model), values.threads],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
// Never outlive the bounded run, whatever hangs.
const watchdog = setTimeout(
  () => {
    console.error(`loadtest: still running ${duration + warmup + 60} s in; giving up`);
    child.kill('SIGKILL');
    process.exit(1);
  },
  (duration + warmup + 60) * 1000,
);
watchdog.unref();
const { api } = await new Promise<{ api: string }>((ok, fail) => {
  child.stdout.once('data', (d: Buffer) => ok(JSON.parse(d.toString()) as { api: string }));
  child.once('exit', (code) => fail(new Error(`loadtest server exited with ${code}`)));
});
if (new URL(api).hostname !== '127.0.0.1')
  throw new Error(`refusing to load ${api}: not 127.0.0.1`);

const rssMb = (): number => {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) / 1024 : NaN;
};

const run = (seconds: number): Promise<autocannon.Result> =>
  autocannon({
    url: api,
    connections,
    duration: seconds,
    requests: mix.requests.map((r) => ({
      method: 'POST',
      path: '/api/recognize',
      headers: { 'content-type': r.contentType },
      body: r.body,
    })),
  });

console.log(`loadtest on ${machine}`);
console.log(`server ${api}, ink from ${mix.source}`);
console.log(
  `mix: ${mix.requests.map((r) => `${r.name} (${r.body.length} B)`).join(', ')}; ${connections} connections`,
);
const rssIdle = rssMb();
await run(warmup);
const rssWarm = rssMb();
console.log(`warm-up ${warmup} s done; measuring ${duration} s`);
const r = await run(duration);
const rssAfter = rssMb();
child.kill('SIGTERM');

const grown = rssAfter - rssWarm;
const failures = r.errors + r.timeouts + r.non2xx;
const summary = {
  measuredAt: new Date().toISOString(),
  machine,
  command: `npm run loadtest -- --duration ${duration}`,
  ink: mix.source,
  mix: mix.requests.map((m) => ({
    name: m.name,
    contentType: m.contentType,
    bytes: m.body.length,
  })),
  connections,
  ortThreads: Number(values.threads),
  durationS: duration,
  requests: r.requests.total,
  rps: r.requests.average,
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  statusCodes: r.statusCodeStats,
  rssMb: {
    idle: round(rssIdle),
    afterWarmup: round(rssWarm),
    after: round(rssAfter),
    grown: round(grown),
    bound: boundMb,
  },
  ok: failures === 0 && grown <= boundMb,
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');

console.log(
  `\n${r.requests.total} requests in ${duration} s: ${r.requests.average.toFixed(0)} req/s, ` +
    `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
);
console.log(`errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx} (must all be 0)`);
console.log(
  `server RSS: ${round(rssIdle)} MB idle, ${round(rssWarm)} MB after warm-up, ${round(rssAfter)} MB after; ` +
    `grew ${round(grown)} MB (bound ${boundMb} MB)`,
);
console.log(`written to ${values.out}`);
if (!summary.ok) {
  console.error(
    failures > 0
      ? `loadtest FAILED: ${failures} requests failed`
      : `loadtest FAILED: server RSS grew ${round(grown)} MB, over the ${boundMb} MB bound`,
  );
  process.exit(1);
}
process.exit(0);

function round(mb: number): number {
  return Math.round(mb * 10) / 10;
}
