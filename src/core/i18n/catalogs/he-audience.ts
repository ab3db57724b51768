import type { enAudience } from './en-audience.ts';

export const heAudience: Record<keyof typeof enAudience, string> = {};
