// The sheet as on paper: many lines written with the mouse, a digit scratched out and
// written again, a stroke rubbed out with the eraser, and all of it still there after a
// reload; copied as text, MathML and LaTeX; refused, with a message, once it is full.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Pt } from '../support/glyphs.ts';
import {
  HAS_CHROMIUM,
  launchBrowser,
  offHost,
  openPage,
  type Watched,
} from '../support/browser.ts';
import { drawWithMouse, readResult, waitReady, waitSheetLoaded } from '../support/draw.ts';
import { layoutInk, type LineBox } from '../support/layoutInk.ts';
import { ensureBuilt, serveDist, type Served } from '../support/serve.ts';

const TALL = {
  viewport: { width: 1280, height: 1600 },
  permissions: ['clipboard-read', 'clipboard-write'],
};
const VALUES = '[data-testid=line-value]';
/** Line k of the sheet: 60 px digits, 100 px apart, as on the page's ruled lines. */
const line = (k: number): LineBox => ({ x: 48, top: 20 + k * 100, height: 60 });

/** The box round some strokes. */
function bounds(strokes: readonly (readonly Pt[])[]): {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
} {
  const xs = strokes.flat().map((p) => p[0]);
  const ys = strokes.flat().map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A quick zig-zag over a box, `passes` times across it, working down, in 4 px steps. */
function zigzag(box: ReturnType<typeof bounds>, passes: number): Pt[] {
  const corners: Pt[] = Array.from({ length: passes + 1 }, (_, k) => [
    k % 2 ? box.x1 + 4 : box.x0 - 4,
    box.y0 - 4 + ((box.y1 - box.y0 + 8) * k) / passes,
  ]);
  return corners.flatMap((p, i) => {
    const q = corners[i + 1];
    if (!q) return [p];
    const n = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]) / 4);
    return Array.from({ length: n }, (_, s): Pt => [
      p[0] + ((q[0] - p[0]) * s) / n,
      p[1] + ((q[1] - p[1]) * s) / n,
    ]);
  });
}

describe.skipIf(!HAS_CHROMIUM)('the sheet', () => {
  let served: Served;
  let browser: Browser;
  let w: Watched;

  beforeAll(async () => {
    await ensureBuilt();
    served = await serveDist();
    browser = await launchBrowser();
    w = await openPage(browser, served.url, TALL);
    await waitReady(w.page);
    await waitSheetLoaded(w.page);
  }, 120_000);

  beforeEach(async () => {
    await w.page.keyboard.press('Escape');
    expect((await readResult(w.page)).text).toBe('');
    // Copying scrolls the page to the list of lines: each test writes on the surface in view.
    await w.page.evaluate(() => window.scrollTo(0, 0));
  });

  afterEach(async () => {
    expect(w.errors).toEqual([]);
    expect(await w.violations()).toEqual([]);
  });

  afterAll(async () => {
    if (w) expect(offHost(w.requests)).toEqual([]);
    await w?.close();
    await browser?.close();
    await served?.close();
  });

  /** Waits until the sheet on the surface is written to the device. */
  const saved = (): Promise<unknown> =>
    w.page.waitForFunction(() => document.body.dataset.sheet === 'saved', undefined, {
      timeout: 10_000,
    });

  it('keeps eight lines, one scratched out and written again, through a reload', async () => {
    const sheet = [
      ['12+7=', '19'],
      ['3×4=', '12'],
      ['8-5=', '3'],
      ['6+2=', '8'],
      ['9×9=', '81'],
      ['7+1=', '8'],
      ['4×5=', '20'],
      ['2+3=', '5'],
    ] as const;
    for (const [k, [text]] of sheet.entries())
      await drawWithMouse(w.page, layoutInk(text, line(k)));
    await readResult(w.page);
    expect(await w.page.locator(VALUES).allTextContents()).toEqual(sheet.map(([, v]) => v));

    // The 6 of 6+2= scratched out: the zig-zag and the 6 go, and the line is read again…
    const math = w.page.locator('.sheet-math');
    const six = bounds(layoutInk('6', line(3)));
    await drawWithMouse(w.page, [zigzag(six, 6)]);
    await readResult(w.page);
    expect(await math.nth(3).textContent()).toBe('+2=');
    expect(await math.count()).toBe(8);
    // …and a 5 is written in its place.
    await drawWithMouse(w.page, layoutInk('5', line(3)));
    expect(await readResult(w.page)).toEqual({ text: '5+2=', value: '7', error: '' });
    const answers = ['19', '12', '3', '7', '81', '8', '20', '5'];
    expect(await w.page.locator(VALUES).allTextContents()).toEqual(answers);

    // Undo brings the 6 back, not the scratch; redo takes it away again.
    await w.page.keyboard.press('Control+z');
    await readResult(w.page);
    expect(await math.nth(3).textContent()).toBe('+2=');
    await w.page.keyboard.press('Control+z');
    await readResult(w.page);
    expect(await math.nth(3).textContent()).toBe('6+2=');
    await w.page.keyboard.press('Control+Shift+z');
    await w.page.keyboard.press('Control+Shift+z');
    expect(await readResult(w.page)).toEqual({ text: '5+2=', value: '7', error: '' });

    await saved();
    await w.page.reload();
    await waitReady(w.page);
    await waitSheetLoaded(w.page);
    await readResult(w.page);
    expect(await w.page.locator(VALUES).allTextContents()).toEqual(answers);
    // A kept sheet has no undo history: the page starts from it.
    expect(await w.page.locator('[data-testid=undo]').isDisabled()).toBe(true);
  }, 120_000);

  it('erases the strokes an eraser drag touches, undoably', async () => {
    await drawWithMouse(w.page, layoutInk('71', line(0)));
    expect((await readResult(w.page)).text).toBe('71');
    const eraser = w.page.locator('[data-testid=eraser]');
    await eraser.click();
    expect(await eraser.getAttribute('aria-pressed')).toBe('true');
    // A drag down the 1's stem takes the 1, not the 7 beside it.
    const strokes = layoutInk('71', line(0));
    const one = bounds(strokes.slice(-1));
    await drawWithMouse(w.page, [
      [
        [one.x1, one.y0 + 10],
        [one.x1, (one.y0 + one.y1) / 2],
        [one.x1, one.y1 - 10],
      ],
    ]);
    expect(await readResult(w.page)).toEqual({ text: '7', value: '7', error: '' });
    await w.page.click('[data-testid=undo]');
    expect((await readResult(w.page)).text).toBe('71');
    await w.page.click('[data-testid=redo]');
    expect((await readResult(w.page)).text).toBe('7');
    // With the eraser off the pen writes again.
    await eraser.click();
    expect(await eraser.getAttribute('aria-pressed')).toBe('false');
    await drawWithMouse(w.page, layoutInk('2', { ...line(0), x: 300 }));
    expect((await readResult(w.page)).text).toBe('72');
  });

  it('draws again only what changed, leaving the canvas as a full redraw would', async () => {
    await drawWithMouse(w.page, layoutInk('12+3=', line(0)));
    await drawWithMouse(w.page, layoutInk('7×2=', line(1)));
    expect((await readResult(w.page)).text).toBe('7×2=');
    // An eraser drag across the 3, undone, and a digit more on line 1.
    const eraser = w.page.locator('[data-testid=eraser]');
    await eraser.click();
    const three = bounds(layoutInk('12+3=', line(0)).slice(-3, -2));
    const middle = (three.y0 + three.y1) / 2;
    await drawWithMouse(w.page, [
      [
        [three.x0 - 6, middle],
        [three.x1 + 6, middle],
      ],
    ]);
    expect((await readResult(w.page)).text).not.toBe('12+3=');
    await w.page.click('[data-testid=undo]');
    await eraser.click();
    await drawWithMouse(w.page, layoutInk('4', { ...line(1), x: 400 }));
    await readResult(w.page);
    // Past the answers' writing and the erased stroke's fading.
    await w.page.waitForTimeout(1000);
    // The canvas's pixels once the next frames are drawn, compared with those kept (the
    // most any channel differs, premultiplied by its alpha: a clear pixel has no colour),
    // and kept when `keep` says so.
    const pixels = (keep: boolean) =>
      w.page.evaluate(
        (keep) =>
          new Promise<number>((ok) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const canvas = document.querySelector<HTMLCanvasElement>(
                  '[data-testid=ink-canvas]',
                )!;
                const { data } = canvas
                  .getContext('2d')!
                  .getImageData(0, 0, canvas.width, canvas.height);
                const kept = window as unknown as { __pixels?: Uint8ClampedArray };
                const before = kept.__pixels ?? data;
                if (keep) kept.__pixels = data;
                const channel = (d: Uint8ClampedArray, i: number): number =>
                  i % 4 === 3 ? d[i]! : (d[i]! * d[i - (i % 4) + 3]!) / 255;
                let most = 0;
                for (let i = 0; i < data.length; i++)
                  most = Math.max(most, Math.abs(channel(data, i) - channel(before, i)));
                ok(most);
              }),
            ),
          ),
        keep,
      );
    const until = async (done: (most: number) => boolean, keep = false): Promise<number> => {
      let most = await pixels(keep);
      for (let tries = 0; !done(most) && tries < 40; tries++) {
        await w.page.waitForTimeout(150);
        most = await pixels(keep);
      }
      return most;
    };
    // Settled: two frames alike (a busy machine may still be drawing an answer in).
    await pixels(true);
    await until((most) => most === 0, true);
    // A change of colour scheme draws the whole canvas afresh: in the dark first, then again
    // in the light, which must look as the frames drawn in parts did.
    await w.page.emulateMedia({ colorScheme: 'dark' });
    expect(await until((most) => most > 100)).toBeGreaterThan(100);
    await w.page.emulateMedia({ colorScheme: 'light' });
    // A path cut by the part drawn again rounds its edge a few levels differently, no more.
    expect(await until((most) => most <= 12)).toBeLessThanOrEqual(12);
  });

  it('copies the sheet as text and MathML, and as LaTeX', async () => {
    await drawWithMouse(w.page, layoutInk('12+7=', line(0)));
    await drawWithMouse(w.page, layoutInk('8÷2=', line(1)));
    await readResult(w.page);
    expect(await w.page.locator(VALUES).allTextContents()).toEqual(['19', '4']);
    await w.page.click('[data-testid=copy]');
    await expect
      .poll(() => w.page.textContent('[data-testid=sheet-status]'))
      .toBe('Copied 2 lines.');
    const copied = await w.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const text = async (type: string) => (await item!.getType(type)).text();
      return { plain: await text('text/plain'), html: await text('text/html') };
    });
    expect(copied.plain).toBe('12+7 = 19\n8÷2 = 4');
    expect(copied.html).toContain(
      '<math display="block" alttext="12+7 = 19"><mrow><mn>12</mn><mo>+</mo><mn>7</mn></mrow><mo>=</mo><mn>19</mn></math>',
    );
    await w.page.click('[data-testid=copy-latex]');
    await expect
      .poll(() => w.page.textContent('[data-testid=sheet-status]'))
      .toBe('Copied 2 lines as LaTeX.');
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(
      '12+7 = 19 \\\\\n8\\div 2 = 4',
    );
  });

  it('refuses ink on a full sheet, saying so', async () => {
    // A kept sheet of one long stroke 10 points short of the limit of points, written once
    // the page has written the cleared one.
    await saved();
    await w.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ink-calc', 1);
          request.onsuccess = () => {
            const points = Array.from({ length: 49_990 }, (_, i) => [40 + i * 0.02, 1400]);
            const tx = request.result.transaction('sheet', 'readwrite');
            tx.objectStore('sheet').put(
              { v: 1, strokes: [points], corrections: [], layouts: [] },
              'current',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await w.page.reload();
    await waitReady(w.page);
    await waitSheetLoaded(w.page);
    await readResult(w.page);
    // A reload keeps the page's scroll: the surface must be in view to be written on.
    await w.page.evaluate(() => window.scrollTo(0, 0));
    expect(await w.page.locator(VALUES).count()).toBe(1);
    await drawWithMouse(w.page, layoutInk('1', line(0)));
    await expect
      .poll(() => w.page.textContent('[data-testid=sheet-status]'))
      .toMatch(/^This sheet is full \(it holds 50,000 points of ink\): erase some lines, or clear/);
    expect(await w.page.locator(VALUES).count()).toBe(1);
    // A new sheet takes ink again.
    await w.page.keyboard.press('Escape');
    await drawWithMouse(w.page, layoutInk('1', line(0)));
    expect((await readResult(w.page)).text).toBe('1');
    expect(await w.page.locator('[data-testid=sheet-status]').isHidden()).toBe(true);
  });

  it('works where the browser keeps no site data, saying the sheet is not kept', async () => {
    const blocked = await openPage(
      browser,
      served.url,
      TALL,
      `Object.defineProperty(window, 'indexedDB', {
        get() { throw new DOMException('site data is blocked', 'SecurityError'); },
      });`,
    );
    try {
      await waitReady(blocked.page);
      await waitSheetLoaded(blocked.page);
      await drawWithMouse(blocked.page, layoutInk('3×4=', line(0)));
      expect(await readResult(blocked.page)).toEqual({ text: '3×4=', value: '12', error: '' });
      await expect
        .poll(() => blocked.page.locator('[data-testid=sheet-kept]').isVisible())
        .toBe(true);
      expect(blocked.errors).toEqual([]);
    } finally {
      await blocked.close();
    }
  });
});
