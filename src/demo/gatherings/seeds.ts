// The shapes of the demo gatherings as written: who is asked, how they answered, what was on the
// agenda and what came of it. The generator (generate.ts) turns them into rows, drawing the
// invitees from the demo people so that every seed and size gives a plausible room.
import type { FieldName } from '../fields.ts';
import type { SiteLocale } from '../site/seeds.ts';

export type VenueKey = 'esalen' | 'bergen' | 'berlin' | 'helsinki';

export interface VenueSeed {
  key: VenueKey;
  name: string;
  address: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  travelNotes: string;
}

/** A wall-clock time in the gathering's zone ("09:30"). */
type WallClock = `${number}:${number}`;

/** When a gathering happens: a fixed local day for the past, or days from load time for what
 * must stay upcoming whenever the demo is loaded. */
export type GatheringDates = { days: number; from: WallClock; until: WallClock } & (
  | { firstDay: `${number}-${number}-${number}` }
  | { startsInDays: number }
);

/** How many invitees end in each state, taken in this order from a list balanced across the
 * sides (so each state has people from both). */
export interface AnswerCounts {
  accepted?: number;
  waitlisted?: number;
  maybe?: number;
  declined?: number;
  cancelled?: number;
  /** Sent, not answered yet. */
  invited?: number;
  /** On the list, not sent. */
  listed?: number;
}

export interface SessionSeed {
  /** 0 for the first day of the gathering. */
  day: number;
  from: WallClock;
  until: WallClock;
  title: string;
  description?: string;
  room?: string;
  languages: readonly string[];
  interpretation?: string;
  /** How many facilitators, drawn from those who accepted. */
  facilitators?: number;
}

export type OutcomeSeed =
  | { kind: 'project'; project: string; description: string; people: number }
  | { kind: 'tie'; description: string };

export interface GatheringSeed {
  key: string;
  title: string;
  kind: 'retreat' | 'conference' | 'workshop' | 'online_meeting';
  /** Program slug (../programs.ts). */
  program?: string;
  venue?: VenueKey;
  online?: boolean;
  dates: GatheringDates;
  timeZone: string;
  languages: readonly string[];
  capacity?: number;
  description: string;
  status: 'draft' | 'inviting' | 'confirmed' | 'held' | 'archived';
  attendeeList?: 'staff_only' | 'confirmed_attendees' | 'public_consented';
  public?: boolean;
  sides?: readonly [string, string];
  /** Invitees with these fields are asked first. */
  fields?: readonly FieldName[];
  answers: AnswerCounts;
  /** Check-in kept only as a count. */
  noRecordCheckIn?: boolean;
  /** Accepted invitees told us what they need (only for gatherings still to come: logistics of
   * past ones are not kept). */
  logistics?: boolean;
  sessions: readonly SessionSeed[];
  /** Staff notes under the Chatham House Rule: no names, no affiliations. */
  notes?: readonly string[];
  outcomes?: readonly OutcomeSeed[];
}

/** A travel advisory for a country: not a site banner, shown with the gatherings there. */
export interface AdvisorySeed {
  severity: 'info' | 'warning' | 'critical';
  country: string;
  startsInDays: number;
  endsInDays: number;
  texts: Record<SiteLocale, { message: string; linkLabel: string }>;
}
