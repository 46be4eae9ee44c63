// A phone: a finger draws on a 390 px wide screen, and the page must not scroll or zoom
// while it does.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, offHost, PHONE, type Watched } from '../support/browser.ts';
import { canvasSize, drawWithTouch, readResult } from '../support/draw.ts';
import { layoutInk } from '../support/layoutInk.ts';
import { servedPage, type ServedPage } from '../support/servedPage.ts';

describe.skipIf(!HAS_CHROMIUM)('the page on a phone, drawn with a finger', () => {
  let page: ServedPage;
  let w: Watched;
  let cdp: CDPSession;

  beforeAll(async () => {
    page = await servedPage(PHONE);
    ({ w, cdp } = page);
  }, 120_000);

  afterAll(() => page?.close());

  it('fits the canvas to the screen and reads a finger-drawn sum', async () => {
    const { width, height } = await canvasSize(w.page);
    expect(width).toBeLessThanOrEqual(390);
    expect(width).toBeGreaterThan(300);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    const line = { x: 16, top: height * 0.3, height: Math.min(64, height * 0.4) };
    const before = await w.page.locator('[data-testid=ink-canvas]').boundingBox();
    await drawWithTouch(w.page, cdp, layoutInk('3+4=', line));
    expect(await readResult(w.page)).toEqual({ text: '3+4=', value: '7', error: '' });
    // Results and messages appearing above must not move the canvas under the finger.
    expect(await w.page.locator('[data-testid=ink-canvas]').boundingBox()).toEqual(before);
    expect(await w.page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    expect(
      await w.page.$eval('[data-testid=ink-canvas]', (c) => getComputedStyle(c).touchAction),
    ).toBe('none');
  });

  it('renders at the device pixel ratio', async () => {
    const [pixels, css] = await w.page.$eval('[data-testid=ink-canvas]', (c) => [
      (c as HTMLCanvasElement).width,
      c.clientWidth,
    ]);
    expect(pixels).toBe(Math.round(css! * 3));
  });

  it('stays on this machine, without errors or CSP violations', async () => {
    expect(offHost(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await w.violations()).toEqual([]);
  });
});
