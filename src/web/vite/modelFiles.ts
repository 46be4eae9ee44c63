// Build-time only (runs in Node under Vite). The page loads its model from the relative
// URLs model/model.onnx and model/model.json, which the server answers with its current
// model; a static build carries a copy of the project's model at the same paths. When the
// labels JSON names a trajectory model beside the model, it goes out under model/ as
// TRAJECTORY_URL_NAME, as the server serves it (registerModelRoutes), and the offline
// cache keeps it with the rest of the build.
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { ModelInfo } from '../../runtime/modelInfo.ts';
import { besideModel } from '../../runtime/besideModel.ts';
import { TRAJECTORY_URL_NAME, trajectoryFile } from '../../runtime/trajectoryClassifier.ts';

export interface ModelFilesOptions {
  readonly onnx: string;
  readonly labels: string;
}

const ROUTES = [
  { url: '/model/model.onnx', key: 'onnx', type: 'application/octet-stream' },
  { url: '/model/model.json', key: 'labels', type: 'application/json; charset=utf-8' },
  { url: `/model/${TRAJECTORY_URL_NAME}`, key: 'trajectory', type: 'application/octet-stream' },
] as const;

/**
 * The trajectory model the labels JSON names, beside the model (where loadNodeClassifier
 * looks), or undefined when it names none: read each time, as the files may be retrained.
 */
export function trajectoryPath(options: ModelFilesOptions): string | undefined {
  if (!existsSync(options.labels)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.labels, 'utf8'));
  } catch {
    return undefined; // the page reports the bad JSON when it reads the labels
  }
  const file = json && typeof json === 'object' ? trajectoryFile(json as ModelInfo) : undefined;
  return file && besideModel(options.onnx, file);
}

/** The file behind each URL; null where the JSON names no trajectory model (a plain 404). */
function fileFor(options: ModelFilesOptions, key: (typeof ROUTES)[number]['key']): string | null {
  return key === 'trajectory' ? (trajectoryPath(options) ?? null) : options[key];
}

export function modelFiles(options: ModelFilesOptions): Plugin {
  return {
    name: 'ink-calc:model-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const route = ROUTES.find((r) => path?.endsWith(r.url));
        if (!route) return next();
        const file = fileFor(options, route.key);
        if (file === null) {
          res.statusCode = 404;
          res.end(`${options.labels} names no trajectory model.`);
          return;
        }
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end(`${file} does not exist; train a model first (npm run train).`);
          return;
        }
        res.setHeader('content-type', route.type);
        res.setHeader('cache-control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const route of ROUTES) {
        const file = fileFor(options, route.key);
        if (file === null) continue;
        if (!existsSync(file)) {
          this.warn(
            route.key === 'trajectory'
              ? `${options.labels} names the trajectory model ${file}, which is missing: the ` +
                  `static site's page will fail to load its model (${route.url}).`
              : `${file} is missing: the static site will have no model at ${route.url}.`,
          );
          continue;
        }
        this.emitFile({ type: 'asset', fileName: route.url.slice(1), source: readFileSync(file) });
      }
    },
  };
}
