import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { modelFiles } from './src/web/vite/modelFiles.ts';
import { offlineCache } from './src/web/vite/offlineCache.ts';
import { precompress } from './src/web/vite/precompress.ts';
import { webManifest } from './src/web/vite/webManifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// Dev serves HMR styles as inline <style>, which the page's own CSP meta forbids; the
// policy is only meaningful for the built site, so dev drops it.
const devWithoutCsp = {
  name: 'ink-calc:dev-without-csp',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) =>
    html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
};

export default defineConfig({
  root,
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  publicDir: false,
  plugins: [
    modelFiles({
      onnx: process.env.INK_CALC_MODEL ?? `${root}models/symbols.onnx`,
      labels: (process.env.INK_CALC_MODEL ?? `${root}models/symbols.onnx`).replace(
        /\.onnx$/i,
        '.json',
      ),
    }),
    devWithoutCsp,
    webManifest({ icon: `${root}src/web/favicon.svg` }),
    offlineCache(),
    precompress(),
  ],
  worker: { format: 'es' },
  // onnxruntime-web finds its wasm beside itself via import.meta.url; pre-bundling
  // would move it away from the file.
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // data: URLs for scripts or workers would break under the CSP.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: false,
  },
});
