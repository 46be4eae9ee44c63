// Start-up paths: ink drawn while the model is still loading, the trajectory model the
// model's JSON names, and a browser that cannot run the model at all, which falls back to
// POST /api/recognize (strokes, and photos). The test server answers that with the real
// pipeline in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, HAS_CHROMIUM, launchBrowser, offHost, openPage } from '../support/browser.ts';
import { drawWithMouse, readResult, TEXT, waitReady } from '../support/draw.ts';
import { layoutInk } from '../support/layoutInk.ts';
import { ensureBuilt, ROOT, serveDist, type Served } from '../support/serve.ts';

const LINE = { x: 48, top: 70, height: 96 };

describe.skipIf(!HAS_CHROMIUM)('start-up', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuilt();
    served = await serveDist({ api: true });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('recognises strokes drawn before the model is ready, once it is', async () => {
    let release = (): void => {};
    const held = new Promise<void>((r) => (release = r));
    const w = await openPage(browser, served.url, DESKTOP, undefined, async (page) => {
      // Hold the model back (a slow network) until the ink is down.
      await page.context().route('**/model/model.onnx', async (route) => {
        await held;
        await route.continue();
      });
    });
    try {
      await drawWithMouse(w.page, layoutInk('1', LINE));
      expect(await w.page.evaluate(() => document.body.dataset.recognizerReady)).toBeUndefined();
      expect(await w.page.locator(TEXT).getAttribute('data-state')).toBe('pending');
      release();
      await waitReady(w.page);
      expect(await readResult(w.page)).toEqual({ text: '1', value: '1', error: '' });
      expect(w.errors).toEqual([]);
      expect(await w.violations()).toEqual([]);
    } finally {
      release();
      await w.close();
    }
  });

  describe('the trajectory model', () => {
    const TRAJECTORY = '/model/trajectory.onnx';
    /**
     * The built page with its model.json naming a trajectory model or not (whatever the
     * build's says), and `trajectory` answering model/trajectory.onnx (404 when absent).
     */
    const serving =
      (named: boolean, trajectory?: Uint8Array) =>
      async (page: Page): Promise<void> => {
        await page.context().route('**/model/model.json', async (route) => {
          const response = await route.fetch();
          const json = (await response.json()) as { trajectory?: unknown };
          delete json.trajectory;
          await route.fulfill({
            response,
            json: named ? { ...json, trajectory: { file: 'symbols.trajectory.onnx' } } : json,
          });
        });
        await page.context().route(`**${TRAJECTORY}`, (route) =>
          trajectory
            ? route.fulfill({
                body: Buffer.from(trajectory),
                contentType: 'application/octet-stream',
              })
            : route.fulfill({ status: 404, body: 'not found' }),
        );
      };
    // Uniform rows (the shipped model's 23 classes): the page must load and run it, and read
    // as it reads without it.
    const uniform = (): Uint8Array =>
      readFileSync(join(ROOT, 'test/fixtures/models/trajectory-23-uniform.onnx'));

    it('loads the one the JSON names from model/trajectory.onnx and reads with it', async () => {
      const w = await openPage(browser, served.url, DESKTOP, undefined, serving(true, uniform()));
      try {
        await waitReady(w.page);
        expect(await w.page.evaluate(() => document.body.dataset.recognizer)).toBe('browser');
        // (The page's requests are seen twice: by the page and by its context.)
        expect(new Set(w.requests.filter((u) => u.endsWith(TRAJECTORY)))).toEqual(
          new Set([new URL(TRAJECTORY, served.url).href]),
        );
        await drawWithMouse(w.page, layoutInk('12+7', LINE));
        expect(await readResult(w.page)).toEqual({ text: '12+7', value: '19', error: '' });
        expect(w.errors).toEqual([]);
        expect(await w.violations()).toEqual([]);
      } finally {
        await w.close();
      }
    });

    it('asks for none when the JSON names none', async () => {
      const w = await openPage(browser, served.url, DESKTOP, undefined, serving(false));
      try {
        await waitReady(w.page);
        expect(await w.page.evaluate(() => document.body.dataset.recognizer)).toBe('browser');
        expect(w.requests.some((u) => u.endsWith(TRAJECTORY))).toBe(false);
        expect(w.errors).toEqual([]);
      } finally {
        await w.close();
      }
    });

    it('falls back to the server, saying why, when the named one cannot be loaded', async () => {
      const w = await openPage(browser, served.url, DESKTOP, undefined, serving(true));
      try {
        await waitReady(w.page);
        expect(await w.page.evaluate(() => document.body.dataset.recognizer)).toBe('server');
        expect(await w.page.locator('#engine').getAttribute('title')).toContain(
          new URL(TRAJECTORY, served.url).href,
        );
      } finally {
        await w.close();
      }
    });
  });

  it('recognises on the server when WebAssembly is missing', async () => {
    const w = await openPage(browser, served.url, DESKTOP, 'delete globalThis.WebAssembly;');
    try {
      await waitReady(w.page);
      expect(await w.page.evaluate(() => document.body.dataset.recognizer)).toBe('server');
      await drawWithMouse(w.page, layoutInk('2×3=', LINE));
      expect(await readResult(w.page)).toEqual({ text: '2×3=', value: '6', error: '' });
      // A photo goes to the server as the luminance the page reads, a JPEG.
      const posted = w.page.waitForRequest(
        (r) => r.url().endsWith('/api/recognize') && r.headers()['content-type'] === 'image/jpeg',
      );
      await w.page.setInputFiles(
        '[data-testid=photo-input]',
        join(ROOT, 'test', 'fixtures', 'sum-photo.jpg'),
      );
      await posted;
      await expect.poll(async () => (await readResult(w.page)).text).toBe('12+3=');
      expect((await readResult(w.page)).value).toBe('15');
      expect(w.requests.some((u) => u.endsWith('/api/recognize'))).toBe(true);
      expect(w.requests.some((u) => u.endsWith('.wasm'))).toBe(false);
      expect(offHost(w.requests)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(await w.violations()).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
