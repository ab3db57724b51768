import type { enDiscovery } from './en-discovery.ts';

export const ruDiscovery: Record<keyof typeof enDiscovery, string> = {
  'discovery.feedTitle': 'Статьи',
  'discovery.feedDescription': 'Новые статьи сайта, сначала самые свежие.',
  'discovery.feedRss': 'Статьи (RSS)',
  'discovery.feedAtom': 'Статьи (Atom)',
  'discovery.feedJson': 'Статьи (JSON Feed)',
};
