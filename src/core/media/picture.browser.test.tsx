// <Picture> in Chromium: the browser picks the AVIF source at the width the layout needs,
// decodes it, and downloads no other variant.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, type ServedForBrowser, serveForBrowser } from '../web/browser-testing.ts';
import { importImage } from './media.ts';
import { Picture } from './picture.tsx';
import { testPhoto } from './testing.ts';

let served: ServedForBrowser;
let browser: Browser;
before(async () => {
  served = await serveForBrowser();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test('Chromium loads the AVIF variant that fits the viewport', async () => {
  const image = await importImage(
    served.database.db,
    await testPhoto({ width: 2000, height: 1000 }),
    { altText: 'Red over blue' },
  );
  const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/media/')) loaded.push(response.url());
  });
  // Any page of the site gives the document our origin and our Content-Security-Policy.
  await page.goto(`${served.server.url}/media/none/1.jpg`);
  await page.setContent(
    String(<Picture media={image} alt="Red over blue" sizes="100vw" loading="eager" />),
  );
  const img = page.locator('img');
  await img.evaluate((element: HTMLImageElement) => element.decode());
  const shown = await img.evaluate((element: HTMLImageElement) => ({
    source: element.currentSrc,
    naturalWidth: element.naturalWidth,
  }));
  assert.match(shown.source, new RegExp(`/media/${image.id}/640\\.avif$`));
  // decode() resolved, so the AVIF bytes are a picture Chromium can draw.
  assert.ok(shown.naturalWidth > 500, `decoded (${shown.naturalWidth})`);
  assert.deepEqual(
    loaded.map((url) => new URL(url).pathname),
    [`/media/none/1.jpg`, `/media/${image.id}/640.avif`],
    'only one variant is downloaded',
  );
  await context.close();
});
