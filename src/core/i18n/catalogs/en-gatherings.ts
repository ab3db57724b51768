// English texts of gatherings: gatherings.
export const enGatherings = {} as const;
