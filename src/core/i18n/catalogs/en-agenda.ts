// English texts of gatherings: agenda.
export const enAgenda = {} as const;
