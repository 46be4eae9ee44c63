// Build-time only (runs in Node under Vite). The page loads its model from the relative
// URLs model/model.onnx and model/model.json, which the server answers with its current
// model; a static build carries a copy of the project's model at the same paths.
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface ModelFilesOptions {
  readonly onnx: string;
  readonly labels: string;
}

const ROUTES = [
  { url: '/model/model.onnx', key: 'onnx', type: 'application/octet-stream' },
  { url: '/model/model.json', key: 'labels', type: 'application/json; charset=utf-8' },
] as const;

export function modelFiles(options: ModelFilesOptions): Plugin {
  return {
    name: 'ink-calc:model-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const route = ROUTES.find((r) => path?.endsWith(r.url));
        if (!route) return next();
        const file = options[route.key];
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
        const file = options[route.key];
        if (!existsSync(file)) {
          this.warn(`${file} is missing: the static site will have no model at ${route.url}.`);
          continue;
        }
        this.emitFile({ type: 'asset', fileName: route.url.slice(1), source: readFileSync(file) });
      }
    },
  };
}
