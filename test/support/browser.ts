// Launching Debian's Chromium for the browser tests, and watching a page for the things
// that must never happen: console errors, CSP violations, requests off this machine.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with ` +
      '`apt-get install -y chromium` or point CHROMIUM_PATH at a Chromium binary.',
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
  /** CSP violations seen by the page (workers report theirs as console errors). */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = DESKTOP,
  init?: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  context.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (init) await page.addInitScript({ content: init });
  if (prepare) await prepare(page);
  await page.goto(url);
  return {
    page,
    errors,
    requests,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    close: () => context.close(),
  };
}

/** Every request went to the test server on loopback: no CDN, fonts or analytics. */
export function offHost(requests: readonly string[]): string[] {
  return requests.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));
}
