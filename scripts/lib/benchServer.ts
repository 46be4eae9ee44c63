// The server under test for `npm run bench`, in its own process so that autocannon (in the
// parent) and the server do not share one event loop. Prints its URL on stdout.
//   tsx scripts/lib/benchServer.ts MODEL_PATH THREADS [SEED_MODEL_PATH]
// Routes: the real API, plus POST /bare and /bare-seed, which only run one model
// inference on a ready 28×28 tensor: the ceiling that the API is compared against.
import { buildServer } from '../../src/server/buildServer.ts';
import { loadConfig } from '../../src/server/config.ts';
import { loadNodeClassifier } from '../../src/runtime/loadNodeClassifier.ts';
import Fastify from 'fastify';

const [model, threads, seed] = process.argv.slice(2) as [string, string, string | undefined];
const classifier = await loadNodeClassifier(model, { threads: Number(threads) });
const config = loadConfig({
  RATE_LIMIT_MAX: '0',
  LOG_LEVEL: 'silent',
  MODEL_PATH: model,
  ORT_THREADS: threads,
});
const app = await buildServer(config, classifier);
const api = await app.listen({ host: '127.0.0.1', port: 0 });

// A bare Fastify app: no helmet, no validation, no pipeline.
const bare = Fastify({ logger: false });
const tensor = new Float32Array(784).fill(0);
for (let y = 4; y < 24; y++) tensor[y * 28 + 14] = 1; // a `1`, so the work is real
bare.post('/bare', async () => {
  const out = await classifier.classifyRaw(tensor, 1);
  return { p: out[0] };
});
if (seed) {
  const old = await loadNodeClassifier(seed, { threads: Number(threads) });
  bare.post('/bare-seed', async () => {
    const out = await old.classifyRaw(tensor, 1);
    return { p: out[0] };
  });
}
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ api, bare: bareUrl }));
