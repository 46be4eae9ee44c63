// Takes the README's screenshots of the built page: a desktop with a sheet of three sums and
// a phone with one, each answer written after its `=`, and a desktop reading a
// photo (the test glyphs drawn in ballpoint and photographed on a desk, synthetically).
//   npx tsx scripts/screenshots.ts [--dark]
// Builds dist/ first when it is stale. Needs Chromium (apt-get install -y chromium).
import { join } from 'node:path';
import sharp from 'sharp';
import { DESKTOP, HAS_CHROMIUM, launchBrowser, openPage, PHONE } from '../test/support/browser.ts';
import {
  canvasSize,
  drawWithMouse,
  drawWithTouch,
  readResult,
  waitReady,
} from '../test/support/draw.ts';
import { layoutInk } from '../test/support/layoutInk.ts';
import { ensureBuilt, ROOT, serveDist } from '../test/support/serve.ts';
import { photograph } from '../src/dataset/photograph.ts';
import { strokesToSvg } from '../test/support/strokesToSvg.ts';

async function main(): Promise<void> {
  if (!HAS_CHROMIUM) process.exit(1);
  const dark = process.argv.includes('--dark');
  const outDir = process.env.SCREENSHOT_DIR ?? join(ROOT, 'docs');
  const suffix = dark ? '-dark' : '';
  await ensureBuilt();
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    const desktop = await openPage(browser, served.url, {
      ...DESKTOP,
      colorScheme: dark ? 'dark' : 'light',
    });
    await waitReady(desktop.page);
    // A sheet: a sum, a power and two stacked fractions, each line answered on its own.
    const sheet = ['12+7×3=', '2^3+1=', '[1|2]+[1|4]='];
    for (const [k, text] of sheet.entries())
      await drawWithMouse(desktop.page, layoutInk(text, { x: 56, top: 40 + 130 * k, height: 80 }));
    console.log('desktop', await readResult(desktop.page));
    await settle(desktop.page);
    await desktop.page.screenshot({ path: join(outDir, `screenshot-desktop${suffix}.png`) });
    await desktop.close();

    const phone = await openPage(browser, served.url, {
      ...PHONE,
      colorScheme: dark ? 'dark' : 'light',
    });
    await waitReady(phone.page);
    const cdp = await phone.page.context().newCDPSession(phone.page);
    const size = await canvasSize(phone.page);
    await drawWithTouch(
      phone.page,
      cdp,
      layoutInk('8×6+9=', { x: 14, top: size.height * 0.3, height: 58 }),
    );
    console.log('phone', await readResult(phone.page));
    await settle(phone.page);
    await phone.page.screenshot({ path: join(outDir, `screenshot-phone${suffix}.png`) });
    await phone.close();

    const photo = await openPage(browser, served.url, {
      ...DESKTOP,
      colorScheme: dark ? 'dark' : 'light',
    });
    await waitReady(photo.page);
    const drawn = strokesToSvg(layoutInk('(4+5)×7=', { x: 0, top: 0, height: 100 }), {
      inkHeight: 110,
      pen: 0.06,
      margin: 70,
    });
    await photo.page.setInputFiles('[data-testid=photo-input]', {
      name: 'homework.jpg',
      mimeType: 'image/jpeg',
      buffer: await photograph(await sharp(Buffer.from(drawn.svg)).png().toBuffer(), 3, {
        desk: true,
      }),
    });
    await photo.page.waitForFunction(
      () => document.querySelector('[data-testid=recognized-text]')?.textContent !== '',
    );
    console.log('photo', await readResult(photo.page));
    await settle(photo.page);
    await photo.page.screenshot({ path: join(outDir, `screenshot-photo${suffix}.png`) });
    await photo.close();
  } finally {
    await browser.close();
    await served.close();
  }
}

/** The answer is written with a short animation; wait for the ink to dry. */
async function settle(page: import('playwright-core').Page): Promise<void> {
  await page.waitForTimeout(700);
}

await main();
