import type { enReplies } from './en-replies.ts';

export const ukReplies: Record<keyof typeof enReplies, string> = {};
