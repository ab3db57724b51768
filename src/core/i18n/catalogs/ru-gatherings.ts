import type { enGatherings } from './en-gatherings.ts';

export const ruGatherings: Record<keyof typeof enGatherings, string> = {};
