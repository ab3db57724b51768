import type { enAudience } from './en-audience.ts';

export const ukAudience: Record<keyof typeof enAudience, string> = {};
