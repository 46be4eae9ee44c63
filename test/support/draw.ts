// Drawing real strokes: the mouse through Playwright, a finger through the DevTools
// protocol (Playwright's touchscreen can only tap).
import type { CDPSession, Page } from 'playwright-core';
import type { Pt } from './glyphs.ts';

export const TEXT = '[data-testid=recognized-text]';
export const VALUE = '[data-testid=result-value]';
export const ERROR = '[data-testid=result-error]';
const CANVAS = '[data-testid=ink-canvas]';

async function canvasOrigin(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(CANVAS).boundingBox();
  if (!box) throw new Error('the ink canvas is not visible');
  return box;
}

export async function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  const { width, height } = await canvasOrigin(page);
  return { width, height };
}

export async function drawWithMouse(
  page: Page,
  strokes: readonly (readonly Pt[])[],
): Promise<void> {
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    const o = await canvasOrigin(page);
    await page.mouse.move(o.x + first[0], o.y + first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(o.x + x, o.y + y);
    await page.mouse.up();
  }
}

/**
 * The same real mouse input, sent through the DevTools protocol without waiting for
 * each event's round trip: Chromium still handles them in order (and coalesces moves
 * as it would for a fast hand), so long replays take seconds instead of minutes.
 */
export async function drawWithMouseFast(
  page: Page,
  cdp: CDPSession,
  strokes: readonly (readonly Pt[])[],
): Promise<void> {
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    const o = await canvasOrigin(page);
    const at = ([x, y]: Pt) => ({ x: o.x + x, y: o.y + y, button: 'left' as const });
    const send = (params: Record<string, unknown>) =>
      cdp.send('Input.dispatchMouseEvent', params as never);
    await send({ type: 'mouseMoved', ...at(first), button: 'none' });
    await send({ type: 'mousePressed', ...at(first), clickCount: 1, buttons: 1 });
    await Promise.all(rest.map((p) => send({ type: 'mouseMoved', ...at(p), buttons: 1 })));
    await send({
      type: 'mouseReleased',
      ...at(rest[rest.length - 1] ?? first),
      clickCount: 1,
      buttons: 0,
    });
  }
}

export async function drawWithTouch(
  page: Page,
  cdp: CDPSession,
  strokes: readonly (readonly Pt[])[],
): Promise<void> {
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    const o = await canvasOrigin(page);
    const at = ([x, y]: Pt) => [
      { x: o.x + x, y: o.y + y, id: 1, radiusX: 4, radiusY: 4, force: 0.5 },
    ];
    // Moves go back to back, as from a finger; the touch begins and ends in turn.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(first) });
    await Promise.all(
      rest.map((p) =>
        cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) }),
      ),
    );
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

/** Waits until what the page shows belongs to the current ink, then reads it. */
export async function readResult(
  page: Page,
): Promise<{ text: string; value: string; error: string }> {
  await page.waitForSelector(`${TEXT}[data-state=done]`, { timeout: 15_000 });
  return page.evaluate(
    ([t, v, e]) => ({
      text: document.querySelector(t!)?.textContent ?? '',
      value: document.querySelector(v!)?.textContent ?? '',
      error: document.querySelector(e!)?.textContent ?? '',
    }),
    [TEXT, VALUE, ERROR],
  );
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.recognizerReady === 'true', undefined, {
    timeout: 15_000,
  });
}

/** Waits until the page has read the sheet an earlier visit kept (and restored it, if any). */
export async function waitSheetLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.sheetLoaded === 'true', undefined, {
    timeout: 15_000,
  });
}

/**
 * How many pixels of ink the canvas shows in the box [x, top, width, height] (CSS px):
 * poll it to wait for an answer written stroke by stroke.
 */
export async function inkAt(
  page: Page,
  [x, top, width, height]: readonly [number, number, number, number],
): Promise<number> {
  return page.evaluate(
    ([bx, by, bw, bh]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=ink-canvas]')!;
      const scale = canvas.width / canvas.clientWidth;
      const data = canvas
        .getContext('2d')!
        .getImageData(bx! * scale, by! * scale, bw! * scale, bh! * scale).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 128) n++;
      return n;
    },
    [x, top, width, height],
  );
}
