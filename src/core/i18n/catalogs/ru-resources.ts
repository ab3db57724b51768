import type { enResources } from './en-resources.ts';

export const ruResources: Record<keyof typeof enResources, string> = {};
