import type { enReplies } from './en-replies.ts';

export const heReplies: Record<keyof typeof enReplies, string> = {};
