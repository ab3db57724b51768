// English texts of gatherings: convening.
export const enConvening = {} as const;
