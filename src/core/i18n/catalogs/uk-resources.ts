import type { enResources } from './en-resources.ts';

export const ukResources: Record<keyof typeof enResources, string> = {};
