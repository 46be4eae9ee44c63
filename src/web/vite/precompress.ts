// Build-time only. Writes .br and .gz beside every text-like file and wasm/onnx in the
// output, so any static server that serves pre-compressed files (the Fastify server's
// @fastify/static preCompressed, nginx gzip_static/brotli_static) sends them without
// compressing on each request. The 14 MB onnxruntime wasm dominates: brotli cuts it ~80 %.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(wasm|m?js|css|html|onnx|json|svg|map)$/i;
/** Brotli 11 takes ~40 s on the 14 MB wasm for 12 % less than quality 9 in ~3 s. */
const LARGE = 2 * 1024 * 1024;

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ink-calc:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const source = readFileSync(file);
        if (source.length < 256) continue;
        const quality = source.length > LARGE ? 9 : 11;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
