// The page's own speed, in headless Chromium on loopback: how soon a fresh load takes
// strokes and has its recogniser ready, and how long from the user's last pen-up until
// the answer for the whole drawing is in the DOM. Times are taken inside the page
// (performance.now() on the final pointerup, and in a MutationObserver when the text row
// turns `data-state="done"`), so the DevTools round trips that drive the mouse don't
// count.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { DESKTOP, HAS_CHROMIUM, launchBrowser, openPage } from '../../test/support/browser.ts';
import {
  canvasSize,
  drawWithMouseFast,
  TEXT,
  waitReady,
  waitSheetLoaded,
} from '../../test/support/draw.ts';
import type { Pt } from '../../test/support/glyphs.ts';
import { fitInk, layoutInk } from '../../test/support/layoutInk.ts';
import { ensureBuilt, serveDist } from '../../test/support/serve.ts';

export interface Percentiles {
  p50: number;
  p99: number;
}

export interface PageBench {
  /** Medians over fresh page loads, ms since navigation start (null: only the sheet ran). */
  startup: { inputReadyMs: number; recognizerReadyMs: number; loads: number } | null;
  /** Last pen-up → the answer for the current ink in the DOM, ms (null: only the sheet ran). */
  penUpToResult: { '1': Percentiles; '10': Percentiles } | null;
  /**
   * On a sheet of 10, 50 and 100 symbols (1, 4 and 8 lines), the last stroke of the bottom
   * line: pen-up → every line's answer shown. `same` says whether the answers shown then
   * equal a full reading of the sheet (after a reload, which reads the kept sheet afresh).
   */
  sheet: Record<'10' | '50' | '100', Percentiles & { lines: number; same: boolean }>;
  /** Pen-ups timed per sheet, in two blocks. */
  sheetRuns: number;
  /** What the drawings were: real ink from the shared set, or the test glyphs. */
  ink: { '1': string; '10': string } | null;
  browser: string;
  runs: number;
}

type RawInk = readonly (readonly (readonly number[])[])[];
interface Item {
  readonly truth?: string;
  readonly label?: string;
  readonly strokes: RawInk;
  readonly symbols?: readonly unknown[];
}

const LOADS = 5;
const WARMUPS = 3;
/**
 * Pen-ups timed per sheet: the three sheets' medians differ by a millisecond or two, which
 * thirty samples measure to about half a millisecond each, too coarse to compare.
 */
const SHEET_RUNS = 90;

// Runs in the page before its scripts: notes when the canvas gets its pointerdown
// listener (from then on it takes strokes), whatever main.ts publishes itself.
const INPUT_READY_HOOK = `(() => {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'pointerdown' && this instanceof HTMLCanvasElement &&
        this.dataset.testid === 'ink-canvas' && window.__inputReadyMs === undefined) {
      window.__inputReadyMs = performance.now();
    }
    return add.call(this, type, ...rest);
  };
})();`;

const median = (xs: readonly number[]): number => percentile(xs, 0.5);
function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const round = (x: number): number => Math.round(x * 10) / 10;

/** A one-symbol and a ten-symbol drawing, as raw ink or as canvas strokes. */
function drawings(shared: string): {
  one: { name: string; ink: RawInk | null; text: string };
  ten: { name: string; ink: RawInk | null; text: string };
} {
  const dir = join(shared, 'eval', 'ink-dev');
  const fallback = {
    one: { name: 'test glyph "7"', ink: null, text: '7' },
    ten: { name: 'test glyphs "(12+34)×5="', ink: null, text: '(12+34)×5=' },
  };
  if (!existsSync(join(dir, 'expressions.json'))) return fallback;
  const expressions = JSON.parse(readFileSync(join(dir, 'expressions.json'), 'utf8')) as Item[];
  const ten = expressions.find((e) => e.symbols?.length === 10);
  const digits = existsSync(join(dir, 'digits.json'))
    ? (JSON.parse(readFileSync(join(dir, 'digits.json'), 'utf8')) as Item[])
    : [];
  const one = digits[0];
  return {
    one: one
      ? { name: `ink-dev digit "${one.label ?? '?'}"`, ink: one.strokes, text: '' }
      : fallback.one,
    ten: ten
      ? { name: `ink-dev expression "${ten.truth ?? '?'}"`, ink: ten.strokes, text: '' }
      : fallback.ten,
  };
}

async function startup(browser: Browser, url: string): Promise<PageBench['startup']> {
  const input: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const w = await openPage(browser, url, DESKTOP, INPUT_READY_HOOK);
    try {
      await waitReady(w.page);
      const t = await w.page.evaluate(() => ({
        input: (window as unknown as { __inputReadyMs?: number }).__inputReadyMs ?? NaN,
        ready: Number(document.body.dataset.recognizerReadyMs),
      }));
      input.push(t.input);
      ready.push(t.ready);
    } finally {
      await w.close();
    }
  }
  return {
    inputReadyMs: round(median(input)),
    recognizerReadyMs: round(median(ready)),
    loads: LOADS,
  };
}

// Installed once per page: marks for the last pointerup and the next "done" after it.
const INSTALL_PROBE = (text: string): void => {
  const w = window as unknown as { __probe: { up: number; done: number } };
  w.__probe = { up: NaN, done: NaN };
  const el = document.querySelector<HTMLElement>(text)!;
  window.addEventListener(
    'pointerup',
    () => {
      w.__probe.up = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const p = w.__probe;
    if (el.dataset.state === 'done' && !Number.isNaN(p.up) && Number.isNaN(p.done)) {
      p.done = performance.now();
    }
  }).observe(el, { attributes: true, attributeFilter: ['data-state'] });
};

async function waitDone(page: Page): Promise<void> {
  await page.waitForSelector(`${TEXT}[data-state=done]`, { timeout: 15_000 });
}

/** Draws `strokes` and times, in the page, their last pen-up until the answers are shown. */
async function timeStroke(page: Page, cdp: CDPSession, strokes: readonly Pt[][]): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __probe: { up: number; done: number } }).__probe = {
      up: NaN,
      done: NaN,
    };
  });
  await drawWithMouseFast(page, cdp, strokes);
  const handle = await page.waitForFunction(
    () => {
      const p = (window as unknown as { __probe: { up: number; done: number } }).__probe;
      return Number.isNaN(p.done) ? null : p.done - p.up;
    },
    undefined,
    { timeout: 15_000, polling: 'raf' },
  );
  const ms = (await handle.jsonValue()) as number;
  await handle.dispose();
  return ms;
}

/** One timed recognition: all strokes but the last, then the last one, timed in the page. */
async function timeOnce(page: Page, cdp: CDPSession, strokes: readonly Pt[][]): Promise<number> {
  const head = strokes.slice(0, -1);
  const last = strokes.slice(-1);
  if (head.length > 0) {
    await drawWithMouseFast(page, cdp, head);
    await waitDone(page);
  }
  const ms = await timeStroke(page, cdp, last);
  await page.click('[data-testid=clear]');
  await waitDone(page);
  return ms;
}

export async function benchPage(options: {
  shared: string;
  runs?: number;
  /** Only the sheet of 10 / 50 / 100 symbols, without start-up and the one-line drawings. */
  onlySheet?: boolean;
}): Promise<PageBench | null> {
  if (!HAS_CHROMIUM) {
    console.log('page bench skipped: no Chromium (set CHROMIUM_PATH or install chromium)');
    return null;
  }
  const runs = options.runs ?? 30;
  await ensureBuilt();
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    const sheetRuns = options.runs ?? SHEET_RUNS;
    const sheet = (): Promise<PageBench['sheet']> => sheetBench(browser, served.url, sheetRuns);
    const browserName = `Chromium ${browser.version()} (headless)`;
    if (options.onlySheet) {
      return {
        startup: null,
        penUpToResult: null,
        sheet: await sheet(),
        ink: null,
        browser: browserName,
        runs,
        sheetRuns,
      };
    }
    const start = await startup(browser, served.url);
    const w = await openPage(browser, served.url, DESKTOP);
    try {
      const page = w.page;
      const cdp = await page.context().newCDPSession(page);
      await waitReady(page);
      await page.evaluate(INSTALL_PROBE, TEXT);
      const { width, height } = await canvasSize(page);
      const d = drawings(options.shared);
      const lineHeight = Math.min(96, height * 0.3);
      const top = (height - lineHeight) / 2;
      const oneArea = { x: 48, y: height * 0.2, width: height * 0.6, height: height * 0.6 };
      const tenArea = { x: 24, y: height * 0.15, width: width - 48, height: height * 0.6 };
      const oneInk = d.one.ink
        ? fitInk(d.one.ink, oneArea)
        : layoutInk(d.one.text, { x: 48, top, height: lineHeight });
      const tenInk = d.ten.ink
        ? fitInk(d.ten.ink, tenArea)
        : layoutInk(d.ten.text, { x: 24, top, height: lineHeight });
      const measure = async (strokes: Pt[][]): Promise<Percentiles> => {
        for (let i = 0; i < WARMUPS; i++) await timeOnce(page, cdp, strokes);
        const times: number[] = [];
        for (let i = 0; i < runs; i++) times.push(await timeOnce(page, cdp, strokes));
        return { p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)) };
      };
      const one = await measure(oneInk);
      const ten = await measure(tenInk);
      if (w.errors.length > 0) console.log(`page bench: console errors: ${w.errors.join('; ')}`);
      return {
        startup: start,
        penUpToResult: { '1': one, '10': ten },
        sheet: await sheet(),
        ink: { '1': d.one.name, '10': d.ten.name },
        browser: browserName,
        runs,
        sheetRuns,
      };
    } finally {
      await w.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

/**
 * Sheets of 10, 50 and 100 symbols in the test glyphs (100 over 8 lines), each ending in
 * the same line, whose last stroke is timed: only the rest of the sheet grows.
 */
const LAST_LINE = '(12+34)×5=';
const SHEETS: Record<10 | 50 | 100, readonly string[]> = {
  10: [LAST_LINE],
  50: ['(12+34)×56-7=', '98÷7+65×4-32=', '(12+34)×56-78=', LAST_LINE],
  100: [
    '(12+34)×56-7=',
    '98÷7+65×4-32=',
    '(45-9)÷4+173=',
    '(8+4)×31-256=',
    '3×(4+5)-6÷21=',
    '(7-3)×(81+2)=',
    '123+45×6-78=',
    LAST_LINE,
  ],
};
const SHEET_WINDOW = { viewport: { width: 1280, height: 1600 } };

/**
 * Pen-up → answers shown on sheets of 10, 50 and 100 symbols, each on a page of its own:
 * each sheet written once, then its last stroke undone and written again `runs` times in
 * all, in two blocks per sheet; timed in the page as above.
 */
async function sheetBench(
  browser: Browser,
  url: string,
  runs: number,
): Promise<PageBench['sheet']> {
  const sizes = [10, 50, 100] as const;
  const sheets: Awaited<ReturnType<typeof openPage>>[] = [];
  const cdps: CDPSession[] = [];
  const lasts: Pt[][][] = [];
  try {
    for (const symbols of sizes) {
      const w = await openPage(browser, url, SHEET_WINDOW);
      sheets.push(w);
      const page = w.page;
      await waitReady(page);
      await page.evaluate(INSTALL_PROBE, TEXT);
      const strokes = SHEETS[symbols].flatMap((text, k) =>
        layoutInk(text, { x: 24, top: 40 + 100 * k, height: 60 }),
      );
      const cdp = await page.context().newCDPSession(page);
      cdps.push(cdp);
      lasts.push(strokes.slice(-1));
      await drawWithMouseFast(page, cdp, strokes);
      await waitDone(page);
    }
    // In blocks, 10 50 100 100 50 10, each with its own warm-ups: a slow drift of the
    // machine falls on the three sizes alike.
    const times: number[][] = sizes.map(() => []);
    for (const k of [0, 1, 2, 2, 1, 0]) {
      const page = sheets[k]!.page;
      await page.bringToFront();
      for (let i = 0; i < WARMUPS + Math.ceil(runs / 2); i++) {
        await page.keyboard.press('Control+z');
        await waitDone(page);
        const ms = await timeStroke(page, cdps[k]!, lasts[k]!);
        if (i >= WARMUPS) times[k]!.push(ms);
      }
    }
    const result: Partial<PageBench['sheet']> = {};
    for (let k = 0; k < sizes.length; k++) {
      const symbols = sizes[k]!;
      const page = sheets[k]!.page;
      await page.bringToFront();
      const shown = await lineValues(page);
      // A reload reads the kept sheet from scratch, with a fresh recogniser.
      await page.waitForFunction(() => document.body.dataset.sheet === 'saved', undefined, {
        timeout: 15_000,
      });
      await page.reload();
      await waitReady(page);
      await waitSheetLoaded(page);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=line-value]').length >= n,
        shown.length,
        { timeout: 15_000 },
      );
      await waitDone(page);
      const fresh = await lineValues(page);
      const same = fresh.join('|') === shown.join('|');
      if (same === false)
        console.log(`page bench: ${symbols} symbols: ${shown} shown, ${fresh} read afresh`);
      result[`${symbols}`] = {
        p50: round(percentile(times[k]!, 0.5)),
        p99: round(percentile(times[k]!, 0.99)),
        lines: shown.length,
        same,
      };
    }
    return result as PageBench['sheet'];
  } finally {
    for (const w of sheets) await w.close();
  }
}

async function lineValues(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=line-value]', (els) => els.map((e) => e.textContent ?? ''));
}
