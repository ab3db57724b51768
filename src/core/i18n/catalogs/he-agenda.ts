import type { enAgenda } from './en-agenda.ts';

export const heAgenda: Record<keyof typeof enAgenda, string> = {};
