import type { enGatherings } from './en-gatherings.ts';

export const heGatherings: Record<keyof typeof enGatherings, string> = {};
