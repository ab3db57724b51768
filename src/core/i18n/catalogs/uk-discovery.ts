import type { enDiscovery } from './en-discovery.ts';

export const ukDiscovery: Record<keyof typeof enDiscovery, string> = {};
