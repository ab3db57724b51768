// English texts of the site's programs.
export const enPrograms = {} as const;
