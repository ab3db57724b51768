import type { enIssues } from './en-issues.ts';

export const heIssues: Record<keyof typeof enIssues, string> = {};
