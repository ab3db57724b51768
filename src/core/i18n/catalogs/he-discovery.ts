import type { enDiscovery } from './en-discovery.ts';

export const heDiscovery: Record<keyof typeof enDiscovery, string> = {
  'discovery.feedTitle': 'מאמרים',
  'discovery.feedDescription': 'מאמרים חדשים מהאתר, החדשים ביותר תחילה.',
  'discovery.feedRss': 'מאמרים (RSS)',
  'discovery.feedAtom': 'מאמרים (Atom)',
  'discovery.feedJson': 'מאמרים (JSON Feed)',
};
