import type { enDiscovery } from './en-discovery.ts';

export const ruDiscovery: Record<keyof typeof enDiscovery, string> = {};
