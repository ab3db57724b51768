// English texts of the site's articles.
export const enArticles = {} as const;
