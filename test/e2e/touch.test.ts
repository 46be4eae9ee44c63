// A phone: a finger draws on a 390 px wide screen, and the page must not scroll or zoom
// while it does; two fingers scroll it or pinch to zoom the sheet, and cancel the stroke
// the first one began.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, offHost, PHONE, type Watched } from '../support/browser.ts';
import { canvasSize, drawWithTouch, inkAt, readResult } from '../support/draw.ts';
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

  /** The sheet's zoom, 1 when it is not zoomed. */
  const zoomOf = () =>
    w.page.$eval('[data-testid=ink-canvas]', (c) => Number((c as HTMLElement).dataset.zoom ?? 1));

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
    // Fingers that keep their distance scroll without zooming.
    expect(await zoomOf()).toBe(1);
    expect(await readResult(w.page)).toEqual({ text: '3+4=', value: '7', error: '' });
    // One finger writes again once both have lifted.
    await w.page.evaluate(() => window.scrollTo(0, 0));
    const { height } = await canvasSize(w.page);
    await drawWithTouch(w.page, cdp, layoutInk('2', { x: 16, top: height * 0.3 + 90, height: 50 }));
    expect(await readResult(w.page)).toEqual({ text: '2', value: '2', error: '' });
  });

  it('zooms the sheet with a pinch, reads ink written zoomed as unzoomed, and zooms back', async () => {
    await w.page.evaluate(() => window.scrollTo(0, 0));
    await w.page.click('[data-testid=clear]');
    expect((await readResult(w.page)).text).toBe('');
    const canvas = w.page.locator('[data-testid=ink-canvas]');
    const reset = w.page.locator('[data-testid=zoom-reset]');
    expect(await reset.isVisible()).toBe(false);
    const before = (await canvas.boundingBox())!;
    const touch = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: points.map(([x, y], i) => ({ x: before.x + x, y: before.y + y, id: i + 1 })),
      });
    // Two fingers either side of (180, 160) spread to twice their distance apart.
    await touch('touchStart', [[155, 160]]);
    await touch('touchStart', [
      [155, 160],
      [205, 160],
    ]);
    for (let d = 30; d <= 50; d += 5)
      await touch('touchMove', [
        [180 - d, 160],
        [180 + d, 160],
      ]);
    await touch('touchEnd', []);
    const zoom = await zoomOf();
    expect(zoom).toBeCloseTo(2, 2);
    const after = (await canvas.boundingBox())!;
    expect(after.width).toBeCloseTo(before.width * zoom, 0);
    expect(after.height).toBeCloseTo(before.height * zoom, 0);
    // About the fingers: the sheet's point that was under them still is.
    expect((before.x + 180 - after.x) / zoom).toBeCloseTo(180, 0);
    expect((before.y + 160 - after.y) / zoom).toBeCloseTo(160, 0);
    // The page stays a phone's width: the zoomed sheet pans within its own box.
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Re-rendered sharp at the new scale, not stretched.
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).width / c.clientWidth)).toBe(
      3 * zoom,
    );
    expect(await reset.isVisible()).toBe(true);

    // A finger writes the sum in view, twice its usual size on the glass: the strokes are
    // the sheet's own px, so it reads as drawn unzoomed and its ink lies where it fell.
    const line = { x: 100, top: 120, height: 48 };
    const strokes = layoutInk('3+4=', line).map((stroke) =>
      stroke.map(([x, y]): [number, number] => [x * zoom, y * zoom]),
    );
    await drawWithTouch(w.page, cdp, strokes);
    expect(await readResult(w.page)).toEqual({ text: '3+4=', value: '7', error: '' });
    expect(await inkAt(w.page, [line.x, line.top, 160, line.height])).toBeGreaterThan(500);

    // The way back is a button that the keyboard reaches too.
    await reset.focus();
    await w.page.keyboard.press('Enter');
    expect(await zoomOf()).toBe(1);
    expect(await reset.isVisible()).toBe(false);
    expect((await canvas.boundingBox())!.width).toBeCloseTo(before.width, 0);
    expect(await readResult(w.page)).toEqual({ text: '3+4=', value: '7', error: '' });
    expect(await inkAt(w.page, [line.x, line.top, 160, line.height])).toBeGreaterThan(500);
  });

  it('zooms with ctrl+wheel (a trackpad pinch) and stays within 3×', async () => {
    const canvas = w.page.locator('[data-testid=ink-canvas]');
    const box = (await canvas.boundingBox())!;
    await w.page.mouse.move(box.x + 100, box.y + 100);
    await w.page.keyboard.down('Control');
    // Chromium merges wheel events sent back to back, so each waits on the zoom it made.
    for (let i = 0; i < 20 && (await zoomOf()) < 3; i++) await w.page.mouse.wheel(0, -100);
    await w.page.keyboard.up('Control');
    expect(await zoomOf()).toBe(3);
    // The page itself was not zoomed.
    expect(await w.page.evaluate(() => window.visualViewport?.scale)).toBe(1);
    await w.page.click('[data-testid=zoom-reset]');
    expect(await zoomOf()).toBe(1);
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
