// Build-time only (runs in Node under Vite). Emits the web app manifest and its icons, so a
// phone can add ink-calc to its home screen and open it full-screen like an app; with the
// offline cache (offlineCache.ts, which keeps these files too) it then works with no network.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Plugin } from 'vite';

const THEME = '#2f6fde';
const SIZES = [192, 512] as const;

export function webManifest(options: { icon: string }): Plugin {
  return {
    name: 'ink-calc:web-manifest',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
    ],
    async generateBundle() {
      const svg = readFileSync(options.icon);
      const icons = [];
      for (const size of SIZES) {
        const fileName = `icons/icon-${size}.png`;
        // Rendered from the favicon at each size rather than scaled, so edges stay sharp.
        const source = await sharp(svg, { density: (72 * size) / 32 })
          .resize(size, size)
          .png()
          .toBuffer();
        this.emitFile({ type: 'asset', fileName, source });
        icons.push({ src: `./${fileName}`, sizes: `${size}x${size}`, type: 'image/png' });
      }
      const manifest = {
        name: 'ink-calc · handwriting calculator',
        short_name: 'ink-calc',
        description:
          'Write a calculation by hand and get the answer. Recognition runs on your device.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: THEME,
        icons,
      };
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(manifest, null, 2),
      });
    },
  };
}
