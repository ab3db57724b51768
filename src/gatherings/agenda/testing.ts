// Fixtures for the agenda's tests: a gathering in Pacific time with a venue, people of each tier
// to facilitate, and viewers backed by real accounts.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { ensureAccount } from '../../accounts/create-account.ts';
import type { Db } from '../../core/db/client.ts';
import type { StaffRole, Viewer } from '../../core/privacy/viewer.ts';
import type { Deps } from '../../core/web/context.ts';
import { people } from '../../people/tables.ts';
import type { InvitationState } from '../policy.ts';
import { agendaSessions, gatherings, invitations, sessionFacilitators, venues } from '../tables.ts';

/** 1–3 June 2030 at a venue in California: 09:00 on the 1st to 16:00 on the 3rd, Pacific time. */
export async function insertGathering(db: Db, title: string, onlineUrl?: string): Promise<string> {
  const [venue] = await db
    .insert(venues)
    .values({ name: 'Esalen', address: 'Big Sur, California', country: 'US' })
    .returning({ id: venues.id });
  const [row] = await db
    .insert(gatherings)
    .values({
      title,
      kind: 'retreat',
      startsAt: new Date('2030-06-01T16:00:00Z'),
      endsAt: new Date('2030-06-03T23:00:00Z'),
      timeZone: 'America/Los_Angeles',
      venueId: venue?.id,
      onlineUrl,
      status: 'confirmed',
    })
    .returning({ id: gatherings.id });
  if (!row) throw new Error('gathering not inserted');
  return row.id;
}

export async function insertSession(
  db: Db,
  gatheringId: string,
  fields: { title: string; startsAt: string; endsAt: string; facilitators?: string[] },
): Promise<string> {
  const [row] = await db
    .insert(agendaSessions)
    .values({
      gatheringId,
      title: fields.title,
      startsAt: new Date(fields.startsAt),
      endsAt: new Date(fields.endsAt),
      room: 'Big House',
      languages: ['en', 'ru'],
      interpretation: 'Russian–English consecutive',
    })
    .returning({ id: agendaSessions.id });
  if (!row) throw new Error('session not inserted');
  for (const personId of fields.facilitators ?? []) {
    await db.insert(sessionFacilitators).values({ sessionId: row.id, personId });
  }
  return row.id;
}

export async function invite(
  db: Db,
  gatheringId: string,
  personId: string,
  state: InvitationState,
) {
  await db.insert(invitations).values({ gatheringId, personId, state });
}

/** A viewer for a real account (made if needed), as the session middleware would build it. */
export async function accountViewer(
  deps: Deps,
  roles: StaffRole[],
  tier: 'network' | 'staff' = 'staff',
): Promise<Viewer & { kind: 'account'; personId: string }> {
  const account = await ensureAccount(deps, {
    email: `${randomUUID()}@example.test`,
    displayName: `Viewer ${roles.join(' ') || 'participant'}`,
    roles,
  });
  if (!account.personId) throw new Error('the account has no person');
  await deps.db.update(people).set({ tier }).where(eq(people.id, account.personId));
  return {
    kind: 'account',
    accountId: account.accountId,
    personId: account.personId,
    roles,
    protectedClearance: false,
  };
}
