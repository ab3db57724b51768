// The attendee-list rule, case by case: every setting × public or not × every kind of viewer ×
// every state of the viewer's own invitation, against a table written from the issue (not
// computed by the function it tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anonymous, type StaffRole, type Viewer } from '../core/privacy/viewer.ts';
import {
  type AttendeeListAccess,
  type AttendeeListSetting,
  attendeeListAccess,
  type InvitationState,
  mayManageGatherings,
} from './policy.ts';
import { invitationState } from './tables.ts';

const account = (roles: StaffRole[], clearance = false): Viewer => ({
  kind: 'account',
  accountId: crypto.randomUUID(),
  personId: crypto.randomUUID(),
  roles,
  protectedClearance: clearance,
});

const viewers = {
  anonymous,
  participant: account([]),
  editor: account(['editor']),
  archivist: account(['archivist']),
  coordinator: account(['coordinator']),
  administrator: account(['administrator']),
  'protected-coordinator': account(['coordinator'], true),
} as const;
type ViewerName = keyof typeof viewers;
const managers = new Set<ViewerName>(['coordinator', 'administrator', 'protected-coordinator']);

const settings: AttendeeListSetting[] = ['staff_only', 'confirmed_attendees', 'public_consented'];
const states: (InvitationState | undefined)[] = [undefined, ...invitationState.enumValues];

function expected(
  viewer: ViewerName,
  setting: AttendeeListSetting,
  isPublic: boolean,
  state: InvitationState | undefined,
): AttendeeListAccess {
  if (managers.has(viewer)) return 'all';
  // The anonymous visitor has no invitation of their own, whatever a caller passes.
  const accepted = viewer !== 'anonymous' && state === 'accepted';
  if (setting === 'confirmed_attendees') return accepted ? 'confirmed' : 'none';
  if (setting === 'public_consented') return isPublic || accepted ? 'public-consented' : 'none';
  return 'none';
}

test('attendeeListAccess over every setting, viewer and invitation state', () => {
  let cases = 0;
  for (const [name, viewer] of Object.entries(viewers) as [ViewerName, Viewer][]) {
    for (const setting of settings) {
      for (const isPublic of [false, true]) {
        for (const state of states) {
          const got = attendeeListAccess(
            viewer,
            { attendeeList: setting, public: isPublic },
            state,
          );
          assert.equal(
            got,
            expected(name, setting, isPublic, state),
            `${name}, ${setting}, ${isPublic ? 'public' : 'not public'}, ${state ?? 'not invited'}`,
          );
          cases++;
        }
      }
    }
  }
  assert.equal(cases, 7 * 3 * 2 * 8);
});

test('staff_only shows no one outside coordinators, even accepted invitees of a public gathering', () => {
  for (const name of ['participant', 'editor', 'archivist'] as const) {
    assert.equal(
      attendeeListAccess(viewers[name], { attendeeList: 'staff_only', public: true }, 'accepted'),
      'none',
    );
  }
});

test('only coordinators manage gatherings', () => {
  assert.equal(mayManageGatherings(anonymous), false);
  assert.equal(mayManageGatherings(viewers.participant), false);
  assert.equal(mayManageGatherings(viewers.editor), false);
  assert.equal(mayManageGatherings(viewers.archivist), false);
  assert.equal(mayManageGatherings(viewers.administrator), false);
  assert.equal(mayManageGatherings(viewers.coordinator), true);
  assert.equal(mayManageGatherings(viewers['protected-coordinator']), true);
});
