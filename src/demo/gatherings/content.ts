// The shape of the demo gatherings' generated rows: one list per table, ready to insert, as for
// the people (../content.ts) and the site (../site/content.ts). Logistics are generated in clear
// and sealed on loading, as contact channels of protected people are.
import type { Logistics } from '../../gatherings/answers/logistics.ts';
import type {
  agendaSessions,
  attendance,
  gatheringNotes,
  gatherings,
  invitations,
  outcomePeople,
  outcomes,
  sessionFacilitators,
  venues,
} from '../../gatherings/tables.ts';
import type { notices, noticeTexts } from '../../site/notices/tables.ts';

/** The columns K of an insert type T, all required (nullable ones still accept null). */
type Row<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> };
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type DemoGathering = Row<
  Insert<typeof gatherings>,
  | 'id'
  | 'title'
  | 'kind'
  | 'programId'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'venueId'
  | 'onlineUrl'
  | 'languages'
  | 'capacity'
  | 'description'
  | 'status'
  | 'attendeeList'
  | 'public'
  | 'sides'
  | 'noRecordCheckIn'
  | 'anonymousCheckIns'
  | 'createdAt'
  | 'updatedAt'
>;

export type DemoInvitation = Row<
  Insert<typeof invitations>,
  | 'id'
  | 'gatheringId'
  | 'personId'
  | 'state'
  | 'waitlistedAt'
  | 'listConsent'
  | 'answerTokenHash'
  | 'answerTokenExpiresAt'
  | 'invitedAt'
  | 'answeredAt'
  | 'createdAt'
>;

export interface DemoLogistics {
  invitationId: string;
  /** In clear here; the loader seals it. */
  logistics: Logistics;
}

export interface DemoGatherings {
  venues: Row<Insert<typeof venues>, 'id' | 'name' | 'address' | 'country' | 'travelNotes'>[];
  gatherings: DemoGathering[];
  invitations: DemoInvitation[];
  logistics: DemoLogistics[];
  sessions: Row<
    Insert<typeof agendaSessions>,
    | 'id'
    | 'gatheringId'
    | 'title'
    | 'description'
    | 'startsAt'
    | 'endsAt'
    | 'room'
    | 'languages'
    | 'interpretation'
  >[];
  facilitators: Row<Insert<typeof sessionFacilitators>, 'sessionId' | 'personId'>[];
  attendance: Row<Insert<typeof attendance>, 'gatheringId' | 'personId' | 'checkedInAt'>[];
  notes: Row<Insert<typeof gatheringNotes>, 'gatheringId' | 'body' | 'createdAt'>[];
  outcomes: Row<
    Insert<typeof outcomes>,
    'id' | 'gatheringId' | 'kind' | 'projectId' | 'description' | 'createdAt'
  >[];
  outcomePeople: Row<Insert<typeof outcomePeople>, 'outcomeId' | 'personId'>[];
  /** Travel advisories for a country; rows of the notices table, not site banners. */
  advisories: Row<
    Insert<typeof notices>,
    'id' | 'severity' | 'startsAt' | 'endsAt' | 'linkUrl' | 'country' | 'siteBanner'
  >[];
  advisoryTexts: Row<Insert<typeof noticeTexts>, 'noticeId' | 'locale' | 'message' | 'linkLabel'>[];
  /** Notices of the site demo that concern a venue (the road to it closed). */
  venueNotices: { noticeId: string; venueId: string }[];
}

/** How many rows of each gatherings table the demo holds. Advisories are counted with the site's
 * notices, the table they go into. */
export type DemoGatheringsSummary = {
  [K in Exclude<keyof DemoGatherings, 'advisories' | 'advisoryTexts' | 'venueNotices'>]: number;
};

export function summarizeGatherings(demo: DemoGatherings): DemoGatheringsSummary {
  return {
    venues: demo.venues.length,
    gatherings: demo.gatherings.length,
    invitations: demo.invitations.length,
    logistics: demo.logistics.length,
    sessions: demo.sessions.length,
    facilitators: demo.facilitators.length,
    attendance: demo.attendance.length,
    notes: demo.notes.length,
    outcomes: demo.outcomes.length,
    outcomePeople: demo.outcomePeople.length,
  };
}
