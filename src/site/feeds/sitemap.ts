// sitemap.xml: every public address with when it last changed and its other language versions
// (xhtml:link hreflang), written by the `sitemap` library from listPublicPaths.
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { type SitemapItemLoose, SitemapStream } from 'sitemap';
import type { Db } from '../../core/db/client.ts';
import { listPublicPaths } from '../public-paths.ts';

export async function renderSitemap(db: Db, publicUrl: string, now: Date): Promise<string> {
  const absolute = (path: string) => new URL(path, publicUrl).href;
  const items: SitemapItemLoose[] = (await listPublicPaths(db, now)).map((entry) => ({
    url: absolute(entry.path),
    lastmod: entry.lastModified?.toISOString(),
    links: Object.entries(entry.alternates).map(([lang, path]) => ({ lang, url: absolute(path) })),
  }));
  const sitemap = new SitemapStream({
    xmlns: { news: false, xhtml: true, image: false, video: false },
  });
  return await text(Readable.from(items).pipe(sitemap));
}
