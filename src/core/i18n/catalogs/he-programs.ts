import type { enPrograms } from './en-programs.ts';

export const hePrograms: Record<keyof typeof enPrograms, string> = {};
