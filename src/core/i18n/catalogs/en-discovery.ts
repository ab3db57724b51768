// English texts of the site's discovery: article feeds (the sitemap and robots.txt have none).
export const enDiscovery = {
  'discovery.feedTitle': 'Articles',
  'discovery.feedDescription': 'New articles from the site, newest first.',
  'discovery.feedRss': 'Articles (RSS)',
  'discovery.feedAtom': 'Articles (Atom)',
  'discovery.feedJson': 'Articles (JSON Feed)',
} as const;
