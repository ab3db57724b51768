import type { enAgenda } from './en-agenda.ts';

export const ukAgenda: Record<keyof typeof enAgenda, string> = {};
