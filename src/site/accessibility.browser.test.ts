// Accessibility of the public site in Chromium, over the demo content: axe-core finds no
// violation on any kind of public page, and each page works with the keyboard alone (the skip
// link first, every link and button reachable by Tab with a visible focus ring, no trap).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  type ServedForBrowser,
  serveForBrowser,
} from '../core/web/browser-testing.ts';
import { loadDemo } from '../demo/load.ts';
import { sitePaths } from './urls.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let served: ServedForBrowser;
let browser: Browser;

before(async () => {
  served = await serveForBrowser();
  await loadDemo(served.database.db, {
    encryptionKey: served.server.deps.config.encryptionKey,
    people: 60,
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

/** Every kind of public page, found in the demo content as a visitor would find them. */
async function publicPageKinds(): Promise<Record<string, string>> {
  const text = async (path: string) => (await fetch(`${served.server.url}${path}`)).text();
  const inSitemap = [...(await text('/sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  const articles = inSitemap.filter((path) => /^\/en\/articles\/[^/]+$/.test(path));
  let withCover: string | undefined;
  let html = '';
  for (const path of articles) {
    html = await text(path);
    if (html.includes('<picture')) {
      withCover = path;
      break;
    }
  }
  const linkIn = (pattern: RegExp) => pattern.exec(html)?.[1];
  const kinds: Record<string, string | undefined> = {
    'home (en)': sitePaths.home('en'),
    'home (ru)': sitePaths.home('ru'),
    'home (uk)': sitePaths.home('uk'),
    'home (he, right to left)': sitePaths.home('he'),
    'home at /': '/',
    'article archive': sitePaths.articles('en'),
    'article archive, page 2': sitePaths.articles('en', 2),
    'article with a cover': withCover,
    'tag page': linkIn(/href="(\/en\/articles\/tags\/[^"]+)"/),
    'author page': linkIn(/href="(\/en\/articles\/authors\/[^"]+)"/),
    programs: sitePaths.programs('en'),
    'a program': inSitemap.find((path) => /^\/en\/programs\/[^/]+$/.test(path)),
    partners: sitePaths.partners('en'),
    timeline: sitePaths.timeline('en'),
    'a decade': sitePaths.decade('en', 1980),
    donate: sitePaths.donate('en'),
    'not found': '/en/no-such-page',
  };
  // Every other page of the site (mission, origins, contact...), each once.
  const listed = new Set(Object.values(kinds));
  for (const path of inSitemap.filter((p) => /^\/en\/[^/]+$/.test(p) && !listed.has(p))) {
    kinds[`page ${path}`] = path;
  }
  const missing = Object.entries(kinds).filter(([, path]) => !path);
  assert.deepEqual(missing, [], 'every kind of public page is found in the demo content');
  return kinds as Record<string, string>;
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(`${served.server.url}${path}`);
  const expected = path === '/en/no-such-page' ? 404 : 200;
  assert.equal(response?.status(), expected, `${path} answers ${expected}`);
  return page;
}

describe('axe-core finds no violation', async () => {
  test('on every kind of public page', async (t) => {
    for (const [kind, path] of Object.entries(await publicPageKinds())) {
      await t.test(`${kind}: ${path}`, async () => {
        const page = await open(path);
        // Evaluated through the debugging protocol, so the page's CSP does not apply to it.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
          const results = await axe.run(document);
          // Text at 1:1 with its background axe only lists for review (it may be hidden on
          // purpose); no text on these pages is meant to be invisible, so it counts as well.
          const contrastToReview = results.incomplete.filter((r) => r.id === 'color-contrast');
          return [...results.violations, ...contrastToReview].map(
            (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        await page.close();
        assert.deepEqual(violations, [], `${path}:\n${violations.join('\n')}`);
      });
    }
  });
});

describe('the keyboard alone is enough', async () => {
  const paths = [
    sitePaths.home('en'),
    sitePaths.articles('en'),
    sitePaths.timeline('en'),
    sitePaths.home('he'),
  ];
  for (const path of paths) {
    test(`${path}: the skip link leads to the content`, async () => {
      const page = await open(path);
      await page.keyboard.press('Tab');
      assert.equal(await focused(page, (element) => element.className), 'skip-link');
      await page.keyboard.press('Enter');
      assert.equal(await focused(page, (element) => element.id), 'main');
      await page.keyboard.press('Tab');
      assert.ok(
        await focused(page, (element) => element.closest('header') === null),
        'after the skip link, Tab goes on in the content, not back through the header',
      );
      await page.close();
    });

    test(`${path}: Tab reaches every link and button in turn, each with a focus ring, and leaves`, async () => {
      const page = await open(path);
      const controls = await page.evaluate(() => {
        const selector = 'a[href], button, input, select, textarea, [tabindex]';
        const reachable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
        );
        reachable.forEach((element, index) => {
          element.dataset.tabOrder = String(index);
        });
        return reachable.length;
      });
      assert.ok(controls > 3, `${path} has links to follow`);
      const reached: string[] = [];
      const withoutRing: string[] = [];
      for (let press = 0; press <= controls; press++) {
        await page.keyboard.press('Tab');
        const now = await focused(page, (element) => {
          const style = getComputedStyle(element);
          const ring =
            (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none';
          return { order: element.dataset.tabOrder, ring, html: element.outerHTML.slice(0, 90) };
        });
        // Past the last control focus leaves the page (or starts over): no trap.
        if (!now || now.order === reached[0]) break;
        reached.push(now.order ?? now.html);
        if (!now.ring) withoutRing.push(now.html);
      }
      assert.deepEqual(
        reached,
        Array.from({ length: controls }, (_, index) => String(index)),
        'every control, in the order of the page, and then out',
      );
      assert.deepEqual(withoutRing, [], 'each focused control shows a visible focus ring');
      await page.close();
    });
  }
});

/** Something about the element that has the keyboard focus, or undefined when none has. */
async function focused<T>(page: Page, read: (element: HTMLElement) => T): Promise<T | undefined> {
  const handle = await page.evaluateHandle(() =>
    document.activeElement === document.body ? null : document.activeElement,
  );
  const element = handle.asElement();
  if (!element) return undefined;
  // Playwright sends the function's source to the page, so `read` must use only its argument.
  return element.evaluate(read as (node: Node) => T);
}
