import type { enGatherings } from './en-gatherings.ts';

export const ukGatherings: Record<keyof typeof enGatherings, string> = {};
