import { InkCalcError } from '../pipeline/errors.ts';

const HELP = `Usage: ink-calc COMMAND [options]

Commands:
  recognize FILE... [--json] [--model PATH]   read handwritten calculations from files
  serve [--port N] [--host H] [--model PATH]  serve the page and the HTTP API

Run \`ink-calc COMMAND --help\` for a command's options.`;

type Command = (args: readonly string[]) => Promise<number>;

// Loaded on demand: onnxruntime, sharp and fastify take seconds to import on a small
// machine, and `--help` or a typo should not wait for them.
const COMMANDS: Record<string, () => Promise<Command>> = {
  recognize: async () => (await import('./recognizeCommand.ts')).recognizeCommand,
  serve: async () => (await import('./serveCommand.ts')).serveCommand,
};

/**
 * The CLI's entry: dispatches to a command and turns every failure into a message on
 * stderr and an exit status, 2 for what the user can fix in the command line or the
 * input files, 1 for everything else (a model that will not load, a bug).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`ink-calc: unknown command "${command}".\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest);
  } catch (e) {
    if (isArgsError(e)) {
      process.stderr.write(
        `ink-calc ${command}: ${e.message}\nRun \`ink-calc ${command} --help\`.\n`,
      );
      return 2;
    }
    if (e instanceof InkCalcError) {
      process.stderr.write(`ink-calc: ${e.message}\n`);
      return e.status < 500 ? 2 : 1;
    }
    process.stderr.write(`ink-calc: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

/** node:util parseArgs reports unknown flags and missing values as ERR_PARSE_ARGS_*. */
function isArgsError(e: unknown): e is Error {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
