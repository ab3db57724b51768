// The invitation list of a gathering: finding candidates in the directory (through the privacy
// gate, as the staff member building the list sees them), adding and removing them, and the
// balance of the room by country and by side of the conflict.
import { and, asc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  audienceOf,
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { contactChannels, people } from '../../people/tables.ts';
import { programPeople } from '../../site/tables.ts';
import { type gatherings, invitations } from '../tables.ts';
import { attendedTogether } from './ties.ts';

export type InvitationState = (typeof invitations.$inferSelect)['state'];
export type Gathering = typeof gatherings.$inferSelect;

export interface CandidateFilters {
  /** ISO 3166-1 alpha-2: residence or citizenship. */
  country?: string;
  field?: string;
  programId?: string;
  language?: string;
  /** Attended a gathering together with this person. */
  tiesTo?: string;
  /** Part of the shown name; arrives by POST only. */
  name?: string;
}

/** At most this many candidates per search: narrow the filters to see others. */
export const candidateLimit = 50;

export interface Candidate {
  person: PresentedPerson;
  /** Already on this gathering's list. */
  listed: boolean;
}

export async function findCandidates(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
  filters: CandidateFilters,
): Promise<Candidate[]> {
  const pseudonymsOnly = audienceOf(viewer) === 'staff';
  const conditions: (SQL | undefined)[] = [visiblePeople(viewer)];
  const onHiddenFields = Object.entries(filters).some(
    ([key, value]) => key !== 'name' && value !== undefined,
  );
  // A filter on what uncleared staff may not see of a protected person (where they live, their
  // ties...) would reveal it by who comes back: protected people drop out of such searches.
  if (pseudonymsOnly && onHiddenFields) conditions.push(ne(people.tier, 'protected'));
  if (filters.country) {
    conditions.push(
      or(
        eq(people.residence, filters.country),
        sql`${people.citizenships} @> ${JSON.stringify([filters.country])}::jsonb`,
      ),
    );
  }
  if (filters.field) {
    conditions.push(sql`${people.fields} @> ${JSON.stringify([filters.field])}::jsonb`);
  }
  if (filters.language) {
    conditions.push(sql`${people.languages} @> ${JSON.stringify([filters.language])}::jsonb`);
  }
  if (filters.programId) {
    conditions.push(
      inArray(
        people.id,
        db
          .select({ id: programPeople.personId })
          .from(programPeople)
          .where(eq(programPeople.programId, filters.programId)),
      ),
    );
  }
  if (filters.tiesTo) {
    // Whom someone met is theirs to hide as much as where they live: the ties of a person the
    // viewer may not see in full (a protected one, for uncleared staff) find no one.
    const tied = (await mayFollowTies(db, viewer, filters.tiesTo))
      ? await attendedTogether(db, filters.tiesTo)
      : [];
    conditions.push(tied.length > 0 ? inArray(people.id, tied) : sql`false`);
  }
  if (filters.name) conditions.push(shownNameMatches(filters.name, pseudonymsOnly));
  const shownName = shownNameOf(pseudonymsOnly);
  const [rows, onList] = await Promise.all([
    db
      .select(personColumns)
      .from(people)
      .where(and(...conditions))
      .orderBy(asc(shownName), asc(people.id))
      .limit(candidateLimit),
    db
      .select({ personId: invitations.personId })
      .from(invitations)
      .where(eq(invitations.gatheringId, gatheringId)),
  ]);
  const listed = new Set(onList.map((row) => row.personId));
  return rows.flatMap((row) => {
    const person = presentPerson(viewer, row);
    return person ? [{ person, listed: listed.has(row.id) }] : [];
  });
}

async function mayFollowTies(db: Db, viewer: Viewer, personId: string): Promise<boolean> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(viewer)));
  const person = row ? presentPerson(viewer, row) : undefined;
  return person !== undefined && !person.pseudonymous;
}

/** Staff without clearance see a protected person by pseudonym, so they search and sort by it
 * too: matching the real name would betray it. */
function shownNameOf(pseudonymsOnly: boolean): SQL {
  return pseudonymsOnly
    ? sql`case when ${people.tier} = 'protected' then ${people.pseudonym} else ${people.displayName} end`
    : sql`${people.displayName}`;
}

function shownNameMatches(part: string, pseudonymsOnly: boolean): SQL {
  const pattern = `%${part.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return ilike(shownNameOf(pseudonymsOnly), pattern);
}

export interface AddOutcome {
  added: number;
  /** Already on the list: nothing changed for them. */
  duplicates: number;
}

/** Puts people on the list as 'listed'. Only people the viewer may see can be added; an id the
 * gate hides is ignored as if it did not exist. */
export async function addToList(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
  personIds: readonly string[],
): Promise<AddOutcome> {
  if (personIds.length === 0) return { added: 0, duplicates: 0 };
  const visible = await db
    .select({ id: people.id })
    .from(people)
    .where(and(visiblePeople(viewer), inArray(people.id, [...personIds])));
  if (visible.length === 0) return { added: 0, duplicates: 0 };
  const inserted = await db
    .insert(invitations)
    .values(visible.map((row) => ({ gatheringId, personId: row.id })))
    .onConflictDoNothing()
    .returning({ id: invitations.id });
  return { added: inserted.length, duplicates: visible.length - inserted.length };
}

/** Takes someone off the list, only while nothing has been sent to them. */
export async function removeListed(
  db: Db,
  gatheringId: string,
  invitationId: string,
): Promise<boolean> {
  const removed = await db
    .delete(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.gatheringId, gatheringId),
        eq(invitations.state, 'listed'),
      ),
    )
    .returning({ id: invitations.id });
  return removed.length === 1;
}

export interface Invitee {
  invitationId: string;
  state: InvitationState;
  /** Sent to the mail job, which has not yet mailed it. */
  mailPending: boolean;
  hasEmail: boolean;
  person: PresentedPerson;
}

/** The list as this viewer may see it: invitees the gate hides from them are left out. */
export async function listInvitees(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<Invitee[]> {
  const pseudonymsOnly = audienceOf(viewer) === 'staff';
  const rows = await db
    .select({
      ...personColumns,
      invitationId: invitations.id,
      state: invitations.state,
      invitedAt: invitations.invitedAt,
      hasEmail: sql<boolean>`exists (select 1 from ${contactChannels}
        where ${contactChannels.personId} = ${people.id} and ${contactChannels.kind} = 'email')`,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.gatheringId, gatheringId), visiblePeople(viewer)))
    .orderBy(asc(shownNameOf(pseudonymsOnly)), asc(people.id));
  return rows.flatMap(({ invitationId, state, invitedAt, hasEmail, ...row }) => {
    const person = presentPerson(viewer, row);
    if (!person) return [];
    return [
      {
        invitationId,
        state,
        mailPending: state !== 'listed' && invitedAt === null,
        hasEmail: Boolean(hasEmail),
        person,
      },
    ];
  });
}

/** Invitees who still count for the room: not those who declined or withdrew. */
const currentStates: InvitationState[] = ['listed', 'invited', 'accepted', 'maybe', 'waitlisted'];

export interface BalanceRow {
  /** A country code, a side code, or '' for "neither side" / "not stated" / "undisclosed". */
  key: string;
  current: number;
  accepted: number;
}

export interface Balance {
  byCountry: BalanceRow[];
  /** Present when the gathering has sides: the two sides, then neither. */
  bySide?: BalanceRow[];
  /** Protected invitees whose country the viewer may not see: counted apart. */
  undisclosed: { current: number; accepted: number };
}

/** How the room is made up. Staff without clearance do not learn where protected invitees live
 * from it: those are counted as undisclosed. */
export async function listBalance(db: Db, viewer: Viewer, gathering: Gathering): Promise<Balance> {
  const rows = await db
    .select({
      state: invitations.state,
      tier: people.tier,
      residence: people.residence,
      citizenships: people.citizenships,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(
      and(
        eq(invitations.gatheringId, gathering.id),
        inArray(invitations.state, currentStates),
        visiblePeople(viewer),
      ),
    );
  const hideProtected = audienceOf(viewer) === 'staff';
  const countries = new Map<string, BalanceRow>();
  const sides = new Map<string, BalanceRow>(
    [...(gathering.sides ?? []), ''].map((key) => [key, { key, current: 0, accepted: 0 }]),
  );
  const undisclosed = { current: 0, accepted: 0 };
  const bump = (row: { current: number; accepted: number }, accepted: boolean) => {
    row.current += 1;
    if (accepted) row.accepted += 1;
  };
  for (const row of rows) {
    const accepted = row.state === 'accepted';
    if (hideProtected && row.tier === 'protected') {
      bump(undisclosed, accepted);
      continue;
    }
    const country = row.residence ?? '';
    const countryRow = countries.get(country) ?? { key: country, current: 0, accepted: 0 };
    countries.set(country, countryRow);
    bump(countryRow, accepted);
    if (gathering.sides) {
      const own = [row.residence, ...(row.citizenships ?? [])];
      // Someone of both sides (born in one, living in the other) counts for the first named.
      const side = gathering.sides.find((code) => own.includes(code)) ?? '';
      const sideRow = sides.get(side);
      if (sideRow) bump(sideRow, accepted);
    }
  }
  const byCountry = [...countries.values()].sort(
    (a, b) => b.current - a.current || a.key.localeCompare(b.key),
  );
  return {
    byCountry,
    bySide: gathering.sides ? [...sides.values()] : undefined,
    undisclosed,
  };
}
