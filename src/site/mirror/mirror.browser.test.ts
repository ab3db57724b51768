// The mirror opened from disk in Chromium, as someone behind a block would: start at index.html
// and follow links by clicking, every page styled by the copied stylesheet, and not one request
// leaving file://.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../core/web/browser-testing.ts';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { insertSmallSite, smallSite } from '../testing.ts';
import { exportSite } from './export-site.ts';

const folder = mkdtempSync(join(tmpdir(), 'tracktwo-mirror-'));
let testApp: TestApp;
let browser: Browser;

before(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_URL: 'https://tracktwo.example' } });
  await insertSmallSite(testApp.deps.db);
  await exportSite({
    request: (path) => testApp.app.request(path),
    db: testApp.deps.db,
    publicUrl: testApp.deps.config.publicUrl,
    folder,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await testApp?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The copied stylesheet is applied: the page background is the site's, not the browser's. */
async function assertStyled(page: Page): Promise<void> {
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', `${page.url()} has its stylesheet`);
}

async function follow(page: Page, name: string, expectedFile: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).first().click();
  await page.waitForURL(`**/${expectedFile}`);
  await assertStyled(page);
}

test('the exported site opens from disk and its links lead from page to page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const leaving: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) leaving.push(request.url());
  });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  await assertStyled(page);
  await follow(page, 'Articles', 'en/articles/index.html');
  await follow(page, smallSite.articleTitle, `en/articles/${smallSite.articleSlug}/index.html`);
  assert.ok(
    await page
      .locator('img')
      .first()
      .evaluate((image: HTMLImageElement) => image.naturalWidth > 0),
    'the cover image loads from disk',
  );
  await follow(page, smallSite.programName, `en/programs/${smallSite.programSlug}/index.html`);
  await follow(page, 'Timeline', 'en/timeline/index.html');
  await follow(page, 'Русский', 'ru/timeline/index.html');

  assert.deepEqual(leaving, [], 'no request leaves file://');
  assert.deepEqual(failed, [], 'every file the pages load is there');
  await context.close();
});
