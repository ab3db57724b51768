import type { enIssues } from './en-issues.ts';

export const ukIssues: Record<keyof typeof enIssues, string> = {};
