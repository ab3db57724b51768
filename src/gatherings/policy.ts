// Who may see a gathering's attendee list, and who may manage gatherings. The one place the
// Chatham House rule is decided: every page, calendar, export and e-mail that names attendees asks
// `attendeeListAccess` (through `listVisibleAttendees` in attendees.ts) and never decides itself.
// The privacy gate still applies on top: access here only says which list a viewer may ask for.
import { hasRole, type Viewer } from '../core/privacy/viewer.ts';
import type { gatherings, invitations } from './tables.ts';

export type AttendeeListSetting = (typeof gatherings.$inferSelect)['attendeeList'];
export type InvitationState = (typeof invitations.$inferSelect)['state'];

/**
 * all:              every accepted attendee the gate lets this viewer see (coordinators and
 *                   administrators; protected people by pseudonym unless cleared);
 * confirmed:        the accepted attendees the gate lets this viewer see (an accepted invitee
 *                   when the list is shown to confirmed attendees);
 * public-consented: only accepted attendees who consented to be listed AND whom the anonymous
 *                   public may see (tier public), presented as to the anonymous public;
 * none:             no list at all.
 */
export type AttendeeListAccess = 'all' | 'confirmed' | 'public-consented' | 'none';

export interface AttendeeListGathering {
  attendeeList: AttendeeListSetting;
  public: boolean;
}

/**
 * `viewerState`: the state of the viewer's own person's invitation to this gathering, if any.
 * A public_consented list is for everyone when the gathering is public; when it is not, only
 * accepted invitees are shown it: the gathering has no public page, yet those who come should
 * still see who agreed to be named. A non-public gathering never shows it to anyone else.
 */
export function attendeeListAccess(
  viewer: Viewer,
  gathering: AttendeeListGathering,
  viewerState?: InvitationState,
): AttendeeListAccess {
  if (hasRole(viewer, 'coordinator') || hasRole(viewer, 'administrator')) return 'all';
  const accepted = viewer.kind === 'account' && viewerState === 'accepted';
  switch (gathering.attendeeList) {
    case 'staff_only':
      return 'none';
    case 'confirmed_attendees':
      return accepted ? 'confirmed' : 'none';
    case 'public_consented':
      return gathering.public || accepted ? 'public-consented' : 'none';
  }
}

/** Creating and changing gatherings, venues, invitation lists, agendas, notes and outcomes. */
export function mayManageGatherings(viewer: Viewer): boolean {
  return hasRole(viewer, 'coordinator');
}
