// English texts of the newsletter: issues.
export const enIssues = {} as const;
