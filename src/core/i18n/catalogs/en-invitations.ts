// English texts of gatherings: invitations.
export const enInvitations = {} as const;
