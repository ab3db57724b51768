// For tests of answers: a gathering and invitees with their answer links, written as the
// invitation-sending code leaves them (state 'invited', a live token).
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { replaceContacts } from '../../people/contacts.ts';
import { people, type Tier } from '../../people/tables.ts';
import { issueAnswerToken } from '../invitations/answer-token.ts';
import { gatherings, invitations } from '../tables.ts';

const day = 24 * 60 * 60 * 1000;

export async function seedGathering(db: Db, capacity: number | null): Promise<string> {
  const startsAt = new Date(Date.now() + 30 * day);
  const [row] = await db
    .insert(gatherings)
    .values({
      title: 'Retreat on the coast',
      kind: 'retreat',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * day),
      timeZone: 'America/Los_Angeles',
      capacity,
      status: 'inviting',
    })
    .returning({ id: gatherings.id });
  return (row as { id: string }).id;
}

export interface TestInvitee {
  personId: string;
  invitationId: string;
  token: string;
  email: string;
}

export async function seedInvitee(
  db: Db,
  key: Buffer,
  gatheringId: string,
  person: { name: string; email: string; tier?: Tier; pseudonym?: string },
): Promise<TestInvitee> {
  const tier = person.tier ?? 'network';
  const [row] = await db
    .insert(people)
    .values({ displayName: person.name, tier, pseudonym: person.pseudonym ?? null })
    .returning({ id: people.id });
  const personId = (row as { id: string }).id;
  await replaceContacts(
    db,
    key,
    personId,
    [{ kind: 'email', value: person.email }],
    tier === 'protected',
  );
  const [invitation] = await db
    .insert(invitations)
    .values({ gatheringId, personId, state: 'invited', invitedAt: new Date() })
    .returning({ id: invitations.id });
  const invitationId = (invitation as { id: string }).id;
  const token = await issueAnswerToken(db, invitationId);
  return { personId, invitationId, token, email: person.email };
}

export async function invitationState(db: Db, invitationId: string) {
  const [row] = await db
    .select({ state: invitations.state, waitlistedAt: invitations.waitlistedAt })
    .from(invitations)
    .where(eq(invitations.id, invitationId));
  return row?.state;
}
