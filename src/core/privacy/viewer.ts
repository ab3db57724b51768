// Who is looking. Every query that reads people takes a Viewer and lets the privacy gate decide
// what it may see. An anonymous viewer is anyone without a signed-in account.

/** Staff roles; an account may hold several. Participants hold none. */
export const staffRoles = ['administrator', 'coordinator', 'editor', 'archivist'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: string;
      /** The person this account signs in for. */
      personId: string | null;
      roles: readonly StaffRole[];
      /** Cleared to see protected people (staff only). */
      protectedClearance: boolean;
    };

export const anonymous: Viewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, role: StaffRole): boolean {
  return viewer.kind === 'account' && viewer.roles.includes(role);
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.kind === 'account' && viewer.roles.length > 0;
}
