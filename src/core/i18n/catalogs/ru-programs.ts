import type { enPrograms } from './en-programs.ts';

export const ruPrograms: Record<keyof typeof enPrograms, string> = {};
