import type { enResources } from './en-resources.ts';

export const heResources: Record<keyof typeof enResources, string> = {};
