// After one visit the page must open and read handwriting with the server gone: the
// service worker (src/web/vite/offlineCache.ts) keeps the page, wasm and model. And a phone
// must be able to install it (src/web/vite/webManifest.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  HAS_CHROMIUM,
  launchBrowser,
  offHost,
  openPage,
  type Watched,
} from '../support/browser.ts';
import { drawWithMouse, readResult, waitReady } from '../support/draw.ts';
import { layoutInk } from '../support/layoutInk.ts';
import { ensureBuilt, serveDist, type Served } from '../support/serve.ts';

const LINE = { x: 48, top: 70, height: 96 };

describe.skipIf(!HAS_CHROMIUM)('offline', () => {
  let browser: Browser;
  const servers: Served[] = [];
  /** A first visit, on a server of its own (one test stops it), until the cache is in place. */
  const visit = async (): Promise<{ served: Served; w: Watched }> => {
    const served = await serveDist();
    servers.push(served);
    const w = await openPage(browser, served.url, DESKTOP);
    await waitReady(w.page);
    await w.page.waitForFunction(() => document.body.dataset.offlineReady === 'true', undefined, {
      timeout: 30_000,
    });
    return { served, w };
  };

  beforeAll(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  it('opens and recognises with the server stopped, once visited', async () => {
    const { served, w } = await visit();
    try {
      const badge = await w.page.evaluate(
        () => getComputedStyle(document.querySelector('#engine-text')!, '::after').content,
      );
      expect(badge).toContain('works offline');

      await served.close();
      const before = w.requests.length;
      await w.page.reload();
      await waitReady(w.page);
      expect(await w.page.evaluate(() => document.body.dataset.recognizer)).toBe('browser');
      await drawWithMouse(w.page, layoutInk('12+7×3=', LINE));
      expect(await readResult(w.page)).toEqual({ text: '12+7×3=', value: '33', error: '' });
      // The reload really went out (and found no server) rather than never asking.
      expect(w.requests.length).toBeGreaterThan(before);
      expect(offHost(w.requests)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(await w.violations()).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('is installable: Chromium reads its manifest without errors and finds nothing missing', async () => {
    const { served, w } = await visit();
    try {
      const cdp = await w.page.context().newCDPSession(w.page);
      const manifest = (await cdp.send('Page.getAppManifest')) as {
        errors: unknown[];
        data?: string;
      };
      expect(manifest.errors).toEqual([]);
      const data = JSON.parse(manifest.data ?? '{}') as {
        display: string;
        icons: { src: string }[];
      };
      expect(data.display).toBe('standalone');
      for (const icon of data.icons) {
        const res = await w.page.request.get(new URL(icon.src, served.url).href);
        expect(res.headers()['content-type']).toBe('image/png');
      }
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      // Playwright's contexts are incognito profiles, where Chromium never offers to install;
      // every other check (manifest, icons, start URL, service worker) must pass.
      const errors = installabilityErrors
        .map((e) => e.errorId)
        .filter((id) => id !== 'in-incognito');
      expect(errors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
