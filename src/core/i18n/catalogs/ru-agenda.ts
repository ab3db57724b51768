import type { enAgenda } from './en-agenda.ts';

export const ruAgenda: Record<keyof typeof enAgenda, string> = {};
