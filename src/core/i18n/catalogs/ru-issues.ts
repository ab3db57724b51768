import type { enIssues } from './en-issues.ts';

export const ruIssues: Record<keyof typeof enIssues, string> = {};
