import type { enArticles } from './en-articles.ts';

export const heArticles: Record<keyof typeof enArticles, string> = {};
