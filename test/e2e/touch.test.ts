// A phone: a finger draws on a 390 px wide screen, and the page must not scroll or zoom
// while it does; two fingers scroll it, and cancel the stroke the first one began.
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

  it('cancels the stroke a finger began when a second lands, and scrolls with two', async () => {
    expect((await readResult(w.page)).text).toBe('3+4=');
    const o = (await w.page.locator('[data-testid=ink-canvas]').boundingBox())!;
    const touch = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: points.map(([x, y], i) => ({ x: o.x + x, y: o.y + y, id: i + 1 })),
      });
    // One finger begins a stroke that would read as a 1 after the sum…
    await touch('touchStart', [[220, 150]]);
    for (let y = 155; y <= 200; y += 5) await touch('touchMove', [[220, y]]);
    // …a second lands, and both move up the screen together.
    await touch('touchStart', [
      [220, 200],
      [260, 200],
    ]);
    for (let dy = 10; dy <= 150; dy += 10)
      await touch('touchMove', [
        [220, 200 - dy],
        [260, 200 - dy],
      ]);
    await touch('touchEnd', []);
    const scrolled = await w.page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);
    expect(scrolled).toBeLessThanOrEqual(150);
    expect(await readResult(w.page)).toEqual({ text: '3+4=', value: '7', error: '' });
    // One finger writes again once both have lifted.
    await w.page.evaluate(() => window.scrollTo(0, 0));
    const { height } = await canvasSize(w.page);
    await drawWithTouch(w.page, cdp, layoutInk('2', { x: 16, top: height * 0.3 + 90, height: 50 }));
    expect(await readResult(w.page)).toEqual({ text: '2', value: '2', error: '' });
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
