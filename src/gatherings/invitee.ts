// The invitee's side: the gatherings a signed-in person was invited to. An invitation still
// 'listed' was never sent, so to its person it does not exist (the same 404 as a missing one).
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { findGathering, type Gathering } from './gatherings.ts';
import type { InvitationState } from './policy.ts';
import { gatherings, invitations } from './tables.ts';

export interface OwnInvitation {
  gathering: Gathering;
  state: InvitationState;
}

export async function listOwnInvitations(db: Db, viewer: Viewer): Promise<OwnInvitation[]> {
  if (viewer.kind !== 'account' || !viewer.personId) return [];
  const rows = await db
    .select({ gathering: gatherings, state: invitations.state })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .where(and(eq(invitations.personId, viewer.personId), ne(invitations.state, 'listed')))
    .orderBy(desc(gatherings.startsAt));
  return rows;
}

export async function findOwnInvitation(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<OwnInvitation | undefined> {
  if (viewer.kind !== 'account' || !viewer.personId) return undefined;
  const gathering = await findGathering(db, gatheringId);
  if (!gathering) return undefined;
  const [own] = await db
    .select({ state: invitations.state })
    .from(invitations)
    .where(
      and(
        eq(invitations.gatheringId, gathering.id),
        eq(invitations.personId, viewer.personId),
        ne(invitations.state, 'listed'),
      ),
    );
  return own && { gathering, state: own.state };
}
