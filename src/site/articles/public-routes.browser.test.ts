// Hostile Markdown in a real browser: an article stuffed with script tricks is opened in
// Chromium, its links clicked, and nothing it wrote may run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  type ServedForBrowser,
  serveForBrowser,
} from '../../core/web/browser-testing.ts';
import { days, insertArticle } from '../testing.ts';

let served: ServedForBrowser;
let browser: Browser;

const hostileBody = [
  'Before the tricks.',
  '<script>window.pwned = "script"</script>',
  '<img src="x" onerror="window.pwned = \'img onerror\'">',
  '<svg><script>window.pwned = "svg script"</script></svg>',
  '<svg onload="window.pwned = \'svg onload\'"></svg>',
  '<details open ontoggle="window.pwned = \'ontoggle\'">d</details>',
  '<iframe srcdoc="<script>parent.pwned = \'srcdoc\'</script>" title="t"></iframe>',
  '<iframe src="javascript:parent.pwned=\'iframe javascript\'" title="t"></iframe>',
  '<object data="javascript:window.pwned=\'object\'"></object>',
  '<math><a xlink:href="javascript:window.pwned=\'math\'">math link</a></math>',
  '<p style="background:url(javascript:window.pwned=\'style\')">styled</p>',
  "[markdown link](javascript:window.pwned='markdown link')",
  '<a href="jav&#x09;ascript:window.pwned=\'entity link\'">entity link</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<form action="javascript:window.pwned=\'form\'"><button>form button</button></form>',
  'After the tricks.',
].join('\n\n');

before(async () => {
  served = await serveForBrowser();
  browser = await launchBrowser();
  await insertArticle(served.database.db, {
    locale: 'en',
    slug: 'hostile',
    title: 'Hostile text',
    body: hostileBody,
    publishAt: new Date(Date.now() - days(1)),
  });
});

after(async () => {
  await browser.close();
  await served.close();
});

test('nothing in hostile Markdown runs, even when its links are clicked', async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto(`${served.server.url}/en/articles/hostile`);
  assert.equal(response?.status(), 200);
  await page.waitForLoadState('load');
  assert.match(
    (await page.textContent('main')) ?? '',
    /Before the tricks\.[\s\S]*After the tricks\./,
  );
  for (const text of ['markdown link', 'entity link', 'data link', 'math link']) {
    const link = page.getByText(text, { exact: true });
    if ((await link.count()) > 0) await link.first().click({ timeout: 2000 });
  }
  assert.equal(page.url(), `${served.server.url}/en/articles/hostile`);
  assert.equal(await page.evaluate(() => (window as { pwned?: string }).pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.equal(
    await page.locator('main script, main iframe, main object, main form, main svg').count(),
    0,
  );
  await page.close();
});
