// English texts of the site's media.
export const enMedia = {} as const;
