// What the answer page shows: the gathering and the invitee's own answer, nothing of anyone else.
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { InvitationRow } from '../invitations/answer-token.ts';
import { gatherings, venues } from '../tables.ts';
import { type Logistics, readLogistics } from './logistics.ts';

export interface AnswerPageData {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** Venue name and address; null for an online gathering. */
  venue: { name: string; address: string } | null;
  /** The meeting link, for those who accepted only. */
  onlineUrl: string | null;
  state: InvitationRow['state'];
  listConsent: boolean;
  logistics: Logistics | undefined;
}

export async function loadAnswerPage(
  db: Db,
  key: Buffer,
  invitation: InvitationRow,
): Promise<AnswerPageData | undefined> {
  const [gathering] = await db
    .select({
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      timeZone: gatherings.timeZone,
      onlineUrl: gatherings.onlineUrl,
      venueName: venues.name,
      venueAddress: venues.address,
    })
    .from(gatherings)
    .leftJoin(venues, eq(venues.id, gatherings.venueId))
    .where(eq(gatherings.id, invitation.gatheringId));
  if (!gathering) return undefined;
  return {
    title: gathering.title,
    startsAt: gathering.startsAt,
    endsAt: gathering.endsAt,
    timeZone: gathering.timeZone,
    venue:
      gathering.venueName === null
        ? null
        : { name: gathering.venueName, address: gathering.venueAddress ?? '' },
    onlineUrl: invitation.state === 'accepted' ? gathering.onlineUrl : null,
    state: invitation.state,
    listConsent: invitation.listConsent,
    logistics: await readLogistics(db, key, invitation.id),
  };
}
