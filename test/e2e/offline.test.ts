// After one visit the page must open and read handwriting with the server gone: the
// service worker (src/web/vite/offlineCache.ts) keeps the page, wasm and model.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, HAS_CHROMIUM, launchBrowser, offHost, openPage } from './browser.ts';
import { drawWithMouse, readResult, waitReady } from './draw.ts';
import { layoutInk } from './layoutInk.ts';
import { ensureBuilt, serveDist, type Served } from './serve.ts';

const LINE = { x: 48, top: 70, height: 96 };

describe.skipIf(!HAS_CHROMIUM)('offline', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuilt();
    served = await serveDist();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('opens and recognises with the server stopped, once visited', async () => {
    const w = await openPage(browser, served.url, DESKTOP);
    try {
      await waitReady(w.page);
      await w.page.waitForFunction(() => document.body.dataset.offlineReady === 'true', undefined, {
        timeout: 30_000,
      });
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
});
