import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { loadNodeClassifier, type NodeClassifier } from '../runtime/loadNodeClassifier.ts';
import { buildServer } from './buildServer.ts';
import { loadConfig, type ServerConfig } from './config.ts';

/**
 * Loads the model, listens, and shuts down cleanly on SIGTERM/SIGINT. A model that is
 * missing or does not fit ends the process here with its path and the reason (the
 * loader's message names both), before the port is taken, so a supervisor sees the
 * failure rather than a server that answers every request with 500.
 */
export async function startServer(config: ServerConfig): Promise<FastifyInstance> {
  let classifier: NodeClassifier;
  try {
    classifier = await loadNodeClassifier(config.modelPath, { threads: config.ortThreads });
  } catch (e) {
    process.stderr.write(`ink-calc: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const app = await buildServer(config, classifier);
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? 'the port is in use'
        : (e as Error).message;
    process.stderr.write(
      `ink-calc: cannot listen on ${config.host}:${config.port}: ${why}. Choose another with PORT or --port.\n`,
    );
    process.exit(1);
  }
  app.log.info({ model: config.modelPath }, `ink-calc listening on ${address}`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      // A second Ctrl-C means the user will not wait for in-flight requests.
      app.log.warn({ signal }, 'forced exit');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down; letting in-flight requests finish');
    app
      .close()
      .then(() => classifier.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  return app;
}

// `tsx src/server/main.ts` runs the server from the environment alone (containers).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await startServer(loadConfig(process.env));
  } catch (e) {
    process.stderr.write(`ink-calc: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
