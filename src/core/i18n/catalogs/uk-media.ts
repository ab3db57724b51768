import type { enMedia } from './en-media.ts';

export const ukMedia: Record<keyof typeof enMedia, string> = {};
