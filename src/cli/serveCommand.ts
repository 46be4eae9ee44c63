import { parseArgs } from 'node:util';
import { InkCalcError } from '../pipeline/errors.ts';
import { loadConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';

const SERVE_HELP = `Usage: ink-calc serve [--port N] [--host H] [--model PATH]

Serves the page (built into dist/ by \`npm run build\`) and the HTTP API.

--port    port to listen on (default: PORT, else 3000; 0 picks a free one)
--host    address to listen on (default: HOST, else 127.0.0.1; 0.0.0.0 for every interface)
--model   an ONNX model (default: MODEL_PATH, else the bundled models/symbols.onnx)
-h, --help

Other settings come from the environment: BODY_LIMIT, MAX_PIXELS, MAX_STROKES,
MAX_POINTS, REQUEST_TIMEOUT_MS, RATE_LIMIT_MAX (0 = off), ORT_THREADS, LOG_LEVEL.
Stop with Ctrl-C or SIGTERM; requests in flight are finished first.`;

const FLAGS = { port: 'PORT', host: 'HOST', model: 'MODEL_PATH' } as const;

/** `ink-calc serve`: flags are the environment settings of the same name, validated alike. */
export async function serveCommand(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(SERVE_HELP + '\n');
    return 0;
  }
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [flag, name] of Object.entries(FLAGS)) {
    const value = values[flag as keyof typeof FLAGS];
    if (value !== undefined) env[name] = value;
  }
  try {
    await startServer(loadConfig(env));
  } catch (e) {
    // Name the flag the user typed, not the variable it stands for.
    if (!(e instanceof InkCalcError)) throw e;
    let message = e.message;
    for (const [flag, name] of Object.entries(FLAGS)) {
      if (values[flag as keyof typeof FLAGS] !== undefined) {
        message = message.replaceAll(`${name}=`, `--${flag} `).replaceAll(name, `--${flag}`);
      }
    }
    throw new InkCalcError(e.code, message);
  }
  return 0;
}
