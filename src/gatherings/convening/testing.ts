// For the convening tests: the four sub-apps mounted where the app mounts them, and a gathering
// with people invited to it.

import type { TestApp } from '../../core/web/testing.ts';
import { replaceContacts } from '../../people/contacts.ts';
import { people, type Tier } from '../../people/tables.ts';
import { gatherings, invitations } from '../tables.ts';
import { checkInRoutes } from './check-in-routes.tsx';
import { followUpRoutes } from './follow-up-routes.tsx';
import { noteRoutes } from './notes-routes.tsx';
import { outcomeRoutes } from './outcomes-routes.tsx';

/** Mounts the convening pages on a test app, before its first request. */
export function mountConvening(testApp: TestApp): void {
  testApp.app.route('/gatherings/:id/check-in', checkInRoutes);
  testApp.app.route('/gatherings/:id/notes', noteRoutes);
  testApp.app.route('/gatherings/:id/outcomes', outcomeRoutes);
  testApp.app.route('/gatherings/:id/follow-up', followUpRoutes);
}

export interface Invitee {
  displayName: string;
  otherNames?: string[];
  pseudonym?: string;
  tier?: Tier;
  email?: string;
  state?: 'accepted' | 'declined' | 'invited';
}

/** A gathering and its invitees; returns the gathering's id and each invitee's person id. */
export async function createGatheringWith(
  testApp: TestApp,
  invitees: Invitee[],
  options: { noRecordCheckIn?: boolean } = {},
): Promise<{ gatheringId: string; personIds: string[] }> {
  const { db, config } = testApp.deps;
  const [gathering] = await db
    .insert(gatherings)
    .values({
      title: 'Oceans working retreat',
      kind: 'retreat',
      startsAt: new Date('2030-04-01T16:00:00Z'),
      endsAt: new Date('2030-04-04T18:00:00Z'),
      timeZone: 'America/Los_Angeles',
      status: 'confirmed',
      noRecordCheckIn: options.noRecordCheckIn ?? false,
    })
    .returning({ id: gatherings.id });
  if (!gathering) throw new Error('no gathering');
  const personIds: string[] = [];
  for (const invitee of invitees) {
    const [person] = await db
      .insert(people)
      .values({
        displayName: invitee.displayName,
        otherNames: invitee.otherNames ?? [],
        pseudonym: invitee.pseudonym ?? null,
        tier: invitee.tier ?? 'network',
      })
      .returning({ id: people.id });
    if (!person) throw new Error('no person');
    if (invitee.email) {
      await replaceContacts(
        db,
        config.encryptionKey,
        person.id,
        [{ kind: 'email', value: invitee.email }],
        invitee.tier === 'protected',
      );
    }
    await db.insert(invitations).values({
      gatheringId: gathering.id,
      personId: person.id,
      state: invitee.state ?? 'accepted',
    });
    personIds.push(person.id);
  }
  return { gatheringId: gathering.id, personIds };
}
