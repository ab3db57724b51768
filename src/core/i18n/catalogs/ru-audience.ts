import type { enAudience } from './en-audience.ts';

export const ruAudience: Record<keyof typeof enAudience, string> = {};
