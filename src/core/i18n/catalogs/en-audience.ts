// English texts of the newsletter: audience.
export const enAudience = {} as const;
