// The exporter's rules on a small site of its own (a Hono app with a few hand-written pages, over
// an empty database): redirects, the language switcher, forms, query strings, scripts, broken
// links and file names with spaces.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Hono } from 'hono';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { type ExportSummary, exportSite, MirrorError } from './export-site.ts';

const site = 'https://mirror.example';
const folder = mkdtempSync(join(tmpdir(), 'tracktwo-export-site-'));
let database: Database;
let summary: ExportSummary;

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/assets/app.css"><link rel="canonical" href="${site}/en/"><script type="module" src="/assets/app.js"></script></head><body>${body}</body></html>`;

const smallApp = new Hono()
  .get('/', (c) => c.redirect('/en/', 303))
  .get('/assets/app.css', (c) =>
    c.body('body { color: teal }', 200, { 'content-type': 'text/css' }),
  )
  .get('/assets/app.js', (c) => c.body('alert(1)', 200, { 'content-type': 'text/javascript' }))
  .get('/en/', (c) =>
    c.html(
      page(
        `<a href="/en/articles/tags/deep%20sea#top">Tag</a> <a href="/lang/ru?next=%2Fen%2F">Русский</a> <a href="/lang/uk?next=%2Fen%2F">Українська</a> <a href="/en/search?q=x">Search</a> <a href="/en/gone">Gone</a> <a href="mailto:office@mirror.example">Mail</a> <form method="post" action="/sign-in"><button>Sign in</button></form>`,
      ),
    ),
  )
  .get('/ru/', (c) => c.html(page('<a href="/lang/en?next=%2Fru%2F">English</a>')))
  .get('/en/articles/tags/:tag', (c) =>
    c.html(
      page(
        '<a href="../../../">Home</a> <a href="/lang/ru?next=%2Fen%2Farticles%2Ftags%2Fdeep%2520sea">RU</a>',
      ),
    ),
  );

before(async () => {
  database = await openTestDatabase();
  summary = await exportSite({
    request: (path) => smallApp.request(path),
    db: database.db,
    publicUrl: site,
    folder,
  });
});

after(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(folder, file), 'utf8');

test('a redirect becomes a page that sends the browser on to the target file', () => {
  assert.match(read('index.html'), /<meta http-equiv="refresh" content="0; url=en\/index.html">/);
});

test('links become relative files, or the real site for what is not copied', () => {
  const home = read('en/index.html');
  assert.match(home, /href="\.\.\/assets\/app\.css"/);
  assert.match(home, /href="articles\/tags\/deep%20sea\/index\.html#top"/);
  assert.ok(existsSync(join(folder, 'en/articles/tags/deep sea/index.html')));
  assert.match(
    home,
    /href="\.\.\/ru\/index\.html"/,
    'the switcher lands on the copied Russian page',
  );
  assert.match(home, new RegExp(`href="${site}/uk/"`), 'no Ukrainian page: the real site');
  assert.match(home, new RegExp(`href="${site}/en/search\\?q=x"`));
  assert.match(home, new RegExp(`action="${site}/sign-in"`));
  assert.match(home, /href="mailto:office@mirror\.example"/);
  assert.match(home, new RegExp(`rel="canonical" href="${site}/en/"`));
  assert.doesNotMatch(home, /<script|alert/);
  const tagPage = read('en/articles/tags/deep sea/index.html');
  assert.match(tagPage, /href="\.\.\/\.\.\/\.\.\/index\.html"/);
  assert.match(
    tagPage,
    /href="\.\.\/\.\.\/\.\.\/\.\.\/ru\/index\.html"/,
    'no Russian tag page: its home',
  );
  assert.match(read('ru/index.html'), /href="\.\.\/en\/index\.html"/);
});

test('links that lead nowhere are reported, language guesses are not', () => {
  // Every language's home is a public address; this small site has only two of them.
  assert.deepEqual(summary.missing.sort(), ['/en/gone', '/he/', '/uk/']);
  assert.equal(summary.pages, 3);
});

test('a server error stops the export: the copy would be incomplete', async () => {
  const failing = new Hono().get('/', (c) => c.text('down', 500));
  await assert.rejects(
    exportSite({
      request: (path) => failing.request(path),
      db: database.db,
      publicUrl: site,
      folder: mkdtempSync(join(tmpdir(), 'tracktwo-export-site-failing-')),
    }),
    MirrorError,
  );
});
