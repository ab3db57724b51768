import type { enDiscovery } from './en-discovery.ts';

export const ukDiscovery: Record<keyof typeof enDiscovery, string> = {
  'discovery.feedTitle': 'Статті',
  'discovery.feedDescription': 'Нові статті сайту, спершу найсвіжіші.',
  'discovery.feedRss': 'Статті (RSS)',
  'discovery.feedAtom': 'Статті (Atom)',
  'discovery.feedJson': 'Статті (JSON Feed)',
};
