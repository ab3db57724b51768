import type { enArticles } from './en-articles.ts';

export const ruArticles: Record<keyof typeof enArticles, string> = {};
