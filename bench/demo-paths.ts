// Addresses in the demo content that benchmarks measure, found as a reader would find them.

/** The path of the newest article published in English, from the site's JSON Feed. */
export async function newestArticlePath(serverUrl: string): Promise<string> {
  const response = await fetch(`${serverUrl}/en/articles/feed.json`);
  const feed = (await response.json()) as { items?: { url: string }[] };
  const newest = feed.items?.[0]?.url;
  if (!newest) throw new Error('the demo content has no published article in English');
  return new URL(newest).pathname;
}
