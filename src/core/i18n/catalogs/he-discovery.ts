import type { enDiscovery } from './en-discovery.ts';

export const heDiscovery: Record<keyof typeof enDiscovery, string> = {};
