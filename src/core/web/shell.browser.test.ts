// The page shell in a real browser: navigate, switch language, submit a form and see its inline
// error; right-to-left layout; everything with JavaScript off too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, type ServedForBrowser, serveForBrowser } from './browser-testing.ts';

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

for (const javaScriptEnabled of [true, false]) {
  test(`navigate, switch to Russian, submit a bad address and see the inline error (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(served.server.url)) thirdParty.push(request.url());
    });

    await page.goto(served.server.url);
    assert.equal(await page.locator('h1').textContent(), 'Welcome');

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/sign-in');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');

    await page.getByLabel('Адрес электронной почты').fill('not-an-address');
    await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
    await page.waitForSelector('.field-error');
    assert.match(
      (await page.locator('.field-error').textContent()) ?? '',
      /Введите адрес электронной почты/,
    );
    assert.equal(
      await page.getByLabel('Адрес электронной почты').getAttribute('aria-invalid'),
      'true',
    );
    assert.equal(await page.getByLabel('Адрес электронной почты').inputValue(), 'not-an-address');
    if (javaScriptEnabled) {
      // The enhancement script moves the focus to the error summary.
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    }
    assert.deepEqual(thirdParty, [], 'no request leaves the site');
    await context.close();
  });
}

test('Hebrew pages are laid out right to left', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${served.server.url}/lang/he?next=%2F`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
  assert.equal(direction, 'rtl');
  // The brand sits at the right edge in a right-to-left header.
  const brand = await page.locator('.brand').boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  assert.ok(brand && brand.x > width / 2, 'the brand is on the right');
  await context.close();
});

test('the skip link is the first thing the keyboard reaches, and it leads to the content', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(served.server.url);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  await context.close();
});
