import type { enPrograms } from './en-programs.ts';

export const ukPrograms: Record<keyof typeof enPrograms, string> = {};
