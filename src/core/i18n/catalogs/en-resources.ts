// English texts of the newsletter: resources.
export const enResources = {} as const;
