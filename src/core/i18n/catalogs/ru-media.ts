import type { enMedia } from './en-media.ts';

export const ruMedia: Record<keyof typeof enMedia, string> = {};
