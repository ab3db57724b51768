// The whole public site as static files, for mirrors where the main address is blocked. Every
// public address (listPublicPaths, plus whatever the pages link to: pagination, tags, authors,
// images, assets, feeds) is requested as an anonymous visitor would, written as a file, and each
// page's links rewritten to relative links between those files, so the copy works from any web
// server or straight from disk. What is not public (sign-in, forms) links to the real site.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { html } from 'hono/html';
import type { Db } from '../../core/db/client.ts';
import { isLocale, type Locale } from '../../core/i18n/i18n.ts';
import { localeOfPath } from '../../core/web/request.ts';
import { listPublicPaths } from '../public-paths.ts';
import { sitePaths } from '../urls.ts';
import { fileForPath, relativeLink } from './file-names.ts';
import { findLinks, type LinkPlace, rewriteLinks } from './html-links.ts';

export interface ExportProgress {
  phase: 'fetching' | 'writing';
  done: number;
  total: number;
}

export interface ExportSummary {
  pages: number;
  files: number;
  /** Linked addresses that answered with neither a page nor a file (broken links). */
  missing: string[];
}

/** A public address that answered with a server error: the copy would be incomplete. */
export class MirrorError extends Error {}

/** A link as the mirror sees it: left alone, one of the site's own addresses (the first of
 * `paths` that was mirrored; all but the last may be guesses that need not exist), or an
 * address only the real site can answer. */
type Link =
  | { kind: 'keep' }
  | { kind: 'site'; paths: string[]; hash: string }
  | { kind: 'real'; href: string };

export async function exportSite(options: {
  request: (path: string) => Response | Promise<Response>;
  db: Db;
  publicUrl: string;
  folder: string;
  now?: Date;
  onProgress?: (progress: ExportProgress) => void;
}): Promise<ExportSummary> {
  const site = new URL(options.publicUrl);
  const seeds = await startingPaths(options.db, options.now ?? new Date());
  const queue = [...seeds];
  const seen = new Set(queue);
  const enqueue = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    queue.push(path);
  };
  // Where a language switch might land; one that does not exist is no broken link.
  const guesses = new Set<string>();
  const files = new Map<string, string>();
  const pages = new Map<string, string>();
  const redirects = new Map<string, string>();
  const missing: string[] = [];

  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const response = await options.request(path);
    if (response.status >= 500) {
      throw new MirrorError(`${path} answered ${response.status}; the mirror would be incomplete.`);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const link = classifyLink(location, path, site);
      if (link.kind === 'site' && link.paths[0]) {
        redirects.set(path, link.paths[0]);
        enqueue(link.paths[0]);
      } else missing.push(path);
    } else if (response.status !== 200) {
      if (!guesses.has(path)) missing.push(path);
    } else if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const html = await response.text();
      files.set(path, fileForPath(path, true));
      pages.set(path, html);
      for (const { url } of await findLinks(html)) {
        const link = classifyLink(url, path, site);
        if (link.kind !== 'site') continue;
        for (const guess of link.paths.slice(0, -1)) if (!seen.has(guess)) guesses.add(guess);
        link.paths.forEach(enqueue);
      }
    } else {
      const file = fileForPath(path, false);
      files.set(path, file);
      await writeInto(options.folder, file, Buffer.from(await response.arrayBuffer()));
    }
    options.onProgress?.({ phase: 'fetching', done: seen.size - queue.length, total: seen.size });
  }

  const fileOf = (path: string) => files.get(redirects.get(path) ?? path);
  let written = 0;
  for (const [path, html] of pages) {
    const from = fileForPath(path, true);
    const rewritten = await rewriteLinks(
      html,
      (url, place) => mirroredLink(url, place, { from, path, site, fileOf }),
      // Scripts only enhance the live site; the copy is read without them.
      { dropScripts: true },
    );
    await writeInto(options.folder, from, rewritten);
    written += 1;
    options.onProgress?.({ phase: 'writing', done: written, total: pages.size });
  }
  for (const [path, target] of redirects) {
    const from = fileForPath(path, true);
    const to = fileOf(target);
    if (to) await writeInto(options.folder, from, redirectPage(relativeLink(from, to)));
  }
  return { pages: pages.size, files: files.size - pages.size, missing };
}

/** The home page, every address published content gives rise to, and the article feeds. */
async function startingPaths(db: Db, now: Date): Promise<string[]> {
  const published = await listPublicPaths(db, now);
  const feeds = published
    .filter((entry) => entry.path === sitePaths.articles(entry.locale))
    .flatMap((entry) =>
      (['rss', 'atom', 'json'] as const).map((format) => sitePaths.feed(entry.locale, format)),
    );
  return [...new Set(['/', ...published.map((entry) => entry.path), ...feeds])];
}

/** Addresses the mirror copies: the public content under each language, assets and images. */
function isMirrored(path: string): boolean {
  return (
    path === '/' ||
    localeOfPath(path) !== undefined ||
    path.startsWith('/assets/') ||
    path.startsWith('/media/')
  );
}

function classifyLink(url: string, fromPath: string, site: URL): Link {
  if (url === '' || url.startsWith('#')) return { kind: 'keep' };
  let target: URL;
  try {
    target = new URL(url, new URL(fromPath, site));
  } catch {
    return { kind: 'keep' };
  }
  if (target.origin !== site.origin) return { kind: 'keep' };
  const switchTo = /^\/lang\/([a-z]+)$/.exec(target.pathname)?.[1];
  if (isLocale(switchTo)) {
    return { kind: 'site', paths: languageSwitch(switchTo, target), hash: '' };
  }
  if (target.search === '' && isMirrored(target.pathname)) {
    return { kind: 'site', paths: [target.pathname], hash: target.hash };
  }
  return { kind: 'real', href: target.href };
}

/** The switcher's /lang/{code}?next={path}: the same address in that language, else its home. */
function languageSwitch(locale: Locale, target: URL): string[] {
  const next = target.searchParams.get('next') ?? '/';
  const from = localeOfPath(next);
  const home = sitePaths.home(locale);
  if (!from) return [home];
  // Through URL, so the guess is encoded as the site's own links are.
  const translated = new URL(`/${locale}${next.slice(from.length + 1)}`, target).pathname;
  return translated === home ? [home] : [translated, home];
}

function mirroredLink(
  url: string,
  place: LinkPlace,
  page: { from: string; path: string; site: URL; fileOf: (path: string) => string | undefined },
): string {
  const real = (path: string) => new URL(path, new URL(page.path, page.site)).href;
  const rels = place.rel.split(/\s+/);
  // Canonical, hreflang and feed links name the real site on purpose; forms post to it.
  const loadedByBrowser = rels.includes('stylesheet') || rels.includes('icon');
  if ((place.tagName === 'link' && !loadedByBrowser) || place.tagName === 'form') return real(url);
  const link = classifyLink(url, page.path, page.site);
  if (link.kind === 'keep') return url;
  if (link.kind === 'real') return link.href;
  for (const path of link.paths) {
    const file = page.fileOf(path);
    if (file) return relativeLink(page.from, file, link.hash);
  }
  return real(link.paths[0] ?? '/');
}

/** A redirect of the site as a file: a page that sends the browser on to the target's file. */
function redirectPage(target: string): string {
  return html`<!doctype html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${target}"><title>tracktwo</title></head><body><p><a href="${target}">${target}</a></p></body></html>
`.toString();
}

async function writeInto(folder: string, file: string, body: string | Buffer): Promise<void> {
  const target = join(folder, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, body);
}
