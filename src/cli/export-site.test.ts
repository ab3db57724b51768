// The real `tracktwo export-site`, run as a person would, on the engine the suite runs on: the
// files it writes, and every link in every page either relative to a file that exists or
// naming the real site.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Database, openDatabase, pgliteFolder } from '../core/db/client.ts';
import { createServerDatabase, testEngine } from '../core/db/testing.ts';
import { findLinks } from '../site/mirror/html-links.ts';
import { insertSmallSite, smallSite } from '../site/testing.ts';
import { runTracktwo } from './testing.ts';

const site = 'https://tracktwo.example';
const folder = mkdtempSync(join(tmpdir(), 'tracktwo-cli-export-site-'));
const dataDir = join(folder, 'data');
const mirror = join(folder, 'mirror');
let server: { url: string; drop(): Promise<void> } | undefined;

function tracktwo(...args: string[]) {
  return runTracktwo(args, {
    TRACKTWO_DATA: dataDir,
    DATABASE_URL: server?.url ?? '',
    PUBLIC_URL: site,
    LOG_LEVEL: 'warn',
  });
}

before(async () => {
  if (testEngine === 'postgres') server = await createServerDatabase();
  const database: Database = server
    ? await openDatabase({ engine: 'postgres', url: server.url, poolSize: 2 })
    : await openDatabase({ engine: 'pglite', dataDir: pgliteFolder(dataDir) });
  try {
    await database.migrate();
    await insertSmallSite(database.db);
  } finally {
    await database.close();
  }
});

after(async () => {
  await server?.drop();
  rmSync(folder, { recursive: true, force: true });
});

test('export-site --help explains the command', async () => {
  const run = await tracktwo('export-site', '--help');
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Usage: tracktwo export-site \[options\] <folder>/);
  assert.match(run.stdout, /--force/);
});

test('export-site refuses a folder that is not empty, and writes nothing into it', async () => {
  const occupied = join(folder, 'occupied');
  mkdirSync(occupied);
  writeFileSync(join(occupied, 'notes.txt'), 'keep me\n');
  const run = await tracktwo('export-site', occupied);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /is not empty.*--force/);
  assert.deepEqual(readdirSync(occupied), ['notes.txt']);
});

test('export-site writes the public site as files whose links are relative', async () => {
  const run = await tracktwo('export-site', mirror);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Exported \d+ pages and \d+ other files to .*mirror\.\n$/);
  for (const file of [
    'index.html',
    'en/index.html',
    'ru/index.html',
    'en/mission/index.html',
    'en/articles/index.html',
    `en/articles/${smallSite.articleSlug}/index.html`,
    `en/articles/tags/${smallSite.tag}/index.html`,
    'en/articles/feed.rss',
    'en/articles/feed.atom',
    'en/articles/feed.json',
    'ru/articles/vstrecha/index.html',
    'en/programs/index.html',
    `en/programs/${smallSite.programSlug}/index.html`,
    'en/partners/index.html',
    'en/timeline/index.html',
    'en/timeline/1980s/index.html',
    'en/timeline/2020s/index.html',
  ]) {
    assert.ok(existsSync(join(mirror, file)), `${file} is written`);
  }
  assert.ok(!existsSync(join(mirror, `en/articles/${smallSite.draftSlug}`)), 'no draft');
  assert.ok(readdirSync(join(mirror, 'assets')).some((name) => name.endsWith('.css')));
  assert.ok(readdirSync(join(mirror, 'media')).length > 0, 'the cover image is copied');

  const pages = listFiles(mirror).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(mirror, page), 'utf8');
    assert.doesNotMatch(html, /<script/, `${page} has no script`);
    for (const { url, place } of await findLinks(html)) {
      if (url.startsWith('#') || url.startsWith('https://') || url.startsWith('http://')) {
        if (place.tagName === 'img' || place.rel === 'stylesheet') {
          assert.fail(`${page}: ${url} would load from the network`);
        }
        continue;
      }
      assert.ok(!url.startsWith('/'), `${page}: ${url} is relative`);
      const target = join(dirname(join(mirror, page)), decodeURIComponent(url.split('#')[0] ?? ''));
      assert.ok(existsSync(target), `${page}: ${url} leads to a file`);
    }
  }
  const article = readFileSync(
    join(mirror, `en/articles/${smallSite.articleSlug}/index.html`),
    'utf8',
  );
  const links = (await findLinks(article)).map((link) => link.url);
  assert.ok(links.includes(`../../programs/${smallSite.programSlug}/index.html`));
  assert.ok(links.includes(`${site}/sign-in`), 'sign-in goes to the real site');
  assert.ok(links.includes(`${site}/en/articles/${smallSite.articleSlug}`), 'canonical stays');
});

test('export-site --force writes into a folder that is not empty', async () => {
  const run = await tracktwo('export-site', '--force', mirror);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(existsSync(join(mirror, 'index.html')));
});

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}
