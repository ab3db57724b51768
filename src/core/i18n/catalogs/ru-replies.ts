import type { enReplies } from './en-replies.ts';

export const ruReplies: Record<keyof typeof enReplies, string> = {};
