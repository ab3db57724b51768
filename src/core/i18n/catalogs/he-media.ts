import type { enMedia } from './en-media.ts';

export const heMedia: Record<keyof typeof enMedia, string> = {};
