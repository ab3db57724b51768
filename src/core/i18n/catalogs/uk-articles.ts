import type { enArticles } from './en-articles.ts';

export const ukArticles: Record<keyof typeof enArticles, string> = {};
