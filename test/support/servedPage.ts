import type { BrowserContextOptions, CDPSession } from 'playwright-core';
import { launchBrowser, openPage, type Watched } from './browser.ts';
import { waitReady } from './draw.ts';
import { ensureBuilt, serveDist } from './serve.ts';

export interface ServedPage {
  readonly w: Watched;
  /** For drawing through the DevTools protocol (touch, fast mouse). */
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/** The built page served on loopback, open in Chromium with the model loaded. */
export async function servedPage(options: BrowserContextOptions): Promise<ServedPage> {
  await ensureBuilt();
  const served = await serveDist();
  const browser = await launchBrowser();
  const w = await openPage(browser, served.url, options);
  const cdp = await w.page.context().newCDPSession(w.page);
  await waitReady(w.page);
  return {
    w,
    cdp,
    close: async () => {
      await w.close();
      await browser.close();
      await served.close();
    },
  };
}
