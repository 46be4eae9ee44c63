// Replays real handwriting (../shared/eval/ink-dev/expressions.json) on the canvas and
// reports how often the page's answer is exactly right. The floor is loose on purpose:
// it catches a broken page or pipeline, not a weak model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, HAS_CHROMIUM, offHost, type Watched } from '../support/browser.ts';
import { canvasSize, drawWithMouseFast, readResult } from '../support/draw.ts';
import { fitInk } from '../support/layoutInk.ts';
import { ROOT } from '../support/serve.ts';
import { servedPage, type ServedPage } from '../support/servedPage.ts';

const FILE = join(ROOT, '..', 'shared', 'eval', 'ink-dev', 'expressions.json');
const SAMPLE = 30;
const FLOOR = 0.5;

interface Item {
  readonly truth: string;
  readonly value: string;
  readonly strokes: readonly (readonly (readonly number[])[])[];
}

describe.skipIf(!HAS_CHROMIUM || !existsSync(FILE))('real ink replayed on the page', () => {
  let page: ServedPage;
  let w: Watched;
  let cdp: CDPSession;

  beforeAll(async () => {
    page = await servedPage(DESKTOP);
    ({ w, cdp } = page);
  }, 120_000);

  afterAll(() => page?.close());

  it(`gets the exact value for at least ${FLOOR * 100} % of ${SAMPLE} expressions`, async () => {
    const items = JSON.parse(readFileSync(FILE, 'utf8')) as Item[];
    const stride = Math.max(1, Math.floor(items.length / SAMPLE));
    const sample = items.filter((_, i) => i % stride === 0).slice(0, SAMPLE);
    const { width, height } = await canvasSize(w.page);
    const area = { x: 24, y: height * 0.15, width: width - 48, height: height * 0.6 };
    let exact = 0;
    const misses: string[] = [];
    for (const item of sample) {
      await drawWithMouseFast(w.page, cdp, fitInk(item.strokes, area));
      const got = await readResult(w.page);
      const value = got.value.split(' ≈ ')[0];
      if (value === item.value) exact++;
      else misses.push(`${item.truth} → ${got.text} (${got.value || got.error})`);
      await w.page.keyboard.press('Escape');
      await readResult(w.page);
    }
    const rate = exact / sample.length;
    console.log(
      `ink-dev expressions on the page: ${exact}/${sample.length} exact (${(rate * 100).toFixed(1)} %)` +
        (misses.length ? `\n  misses: ${misses.slice(0, 10).join('\n          ')}` : ''),
    );
    expect(offHost(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  }, 120_000);
});
