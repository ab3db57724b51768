// THE privacy gate: who may see which person, and which of their fields. Every list, page,
// search, autocomplete, export, feed, e-mail audience and map reads people through
// `visiblePeople(viewer)` (which rows) and `presentPerson(viewer, row)` (which fields). Nothing
// selects from the people table around them; the matrix and differential tests hold us to it.
//
// The rules, by audience:
//   anonymous        people of tier public;
//   participant      tiers public and network;
//   staff            everyone but protected people without a pseudonym; protected people
//                    appear by pseudonym only, and never with contacts or affiliations;
//   protected staff  everyone, in full.
// Everyone sees themself. Archived people are seen by staff only; erased people by no one.
import { and, eq, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { people, type Tier } from '../../people/tables.ts';
import { isStaff, type Viewer } from './viewer.ts';

export type Audience = 'anonymous' | 'participant' | 'staff' | 'protected-staff';

export function audienceOf(viewer: Viewer): Audience {
  if (viewer.kind === 'anonymous') return 'anonymous';
  if (!isStaff(viewer)) return 'participant';
  return viewer.protectedClearance ? 'protected-staff' : 'staff';
}

/** The SQL condition on `people` that keeps exactly the rows this viewer may see. */
export function visiblePeople(viewer: Viewer): SQL {
  const notErased = isNull(people.erasedAt);
  const rule = audienceRule(viewer);
  if (rule === undefined) return notErased;
  // A person always sees themself, whatever their tier and whoever they are.
  const self =
    viewer.kind === 'account' && viewer.personId ? eq(people.id, viewer.personId) : undefined;
  return and(notErased, self ? or(rule, self) : rule) as SQL;
}

/** Who an audience sees, apart from the viewer themself; undefined means everyone. */
function audienceRule(viewer: Viewer): SQL | undefined {
  switch (audienceOf(viewer)) {
    case 'anonymous':
      return and(isNull(people.archivedAt), eq(people.tier, 'public'));
    case 'participant':
      return and(isNull(people.archivedAt), inArray(people.tier, ['public', 'network']));
    case 'staff':
      return or(ne(people.tier, 'protected'), isNotNull(people.pseudonym));
    case 'protected-staff':
      return undefined;
  }
}

/**
 * The SQL condition under which this viewer may see a person's contact channels: the rule of
 * `mayShowContacts`, for queries that must filter or withhold by it (a search of accounts by
 * address, a list of accounts with their addresses).
 */
export function contactsVisible(viewer: Viewer): SQL {
  const self =
    viewer.kind === 'account' && viewer.personId ? eq(people.id, viewer.personId) : undefined;
  switch (audienceOf(viewer)) {
    case 'protected-staff':
      return visiblePeople(viewer);
    case 'staff':
      return and(
        visiblePeople(viewer),
        self ? or(ne(people.tier, 'protected'), self) : ne(people.tier, 'protected'),
      ) as SQL;
    default:
      return self ? (and(visiblePeople(viewer), self) as SQL) : sql`false`;
  }
}

/** The columns every presenter may need; select these (and only these) for presentPerson. */
export const personColumns = {
  id: people.id,
  displayName: people.displayName,
  otherNames: people.otherNames,
  pseudonym: people.pseudonym,
  residence: people.residence,
  citizenships: people.citizenships,
  languages: people.languages,
  fields: people.fields,
  bio: people.bio,
  tier: people.tier,
  archivedAt: people.archivedAt,
};

export type PersonRow = {
  [K in keyof typeof personColumns]: (typeof personColumns)[K]['_']['data'] | null;
} & { id: string; displayName: string; tier: Tier };

/** What a viewer is shown of a person. Absent fields are not theirs to see. */
export interface PresentedPerson {
  id: string;
  /** The display name, or for a protected person seen by staff without clearance, the pseudonym. */
  name: string;
  /** True when `name` is a pseudonym standing in for the real name. */
  pseudonymous: boolean;
  otherNames?: string[];
  residence?: string | null;
  citizenships?: string[];
  languages?: string[];
  fields?: string[];
  bio?: string;
  /** Staff and the person themself see the tier. */
  tier?: Tier;
  archived?: boolean;
  /** Whether contacts and affiliations may be shown alongside (loaded by their own queries). */
  mayShowContacts: boolean;
  mayShowAffiliations: boolean;
}

/** Which fields of a visible person this viewer sees. Undefined when the row is not visible
 * (a caller that selected without `visiblePeople` gets nothing rather than a leak). */
export function presentPerson(viewer: Viewer, row: PersonRow): PresentedPerson | undefined {
  const audience = audienceOf(viewer);
  const isSelf = viewer.kind === 'account' && viewer.personId === row.id;
  if (!isVisible(audience, row, isSelf)) return undefined;
  if (isSelf || audience === 'protected-staff') return full(row, true);
  if (audience === 'staff') {
    if (row.tier === 'protected') {
      return {
        id: row.id,
        name: row.pseudonym ?? '',
        pseudonymous: true,
        tier: row.tier,
        archived: row.archivedAt !== null,
        mayShowContacts: false,
        mayShowAffiliations: false,
      };
    }
    return full(row, true);
  }
  // Anonymous visitors and participants: what a profile shows, never contacts or the tier.
  return {
    id: row.id,
    name: row.displayName,
    pseudonymous: false,
    otherNames: row.otherNames ?? [],
    residence: audience === 'participant' ? row.residence : undefined,
    languages: audience === 'participant' ? (row.languages ?? []) : undefined,
    fields: row.fields ?? [],
    bio: row.bio ?? '',
    mayShowContacts: false,
    mayShowAffiliations: true,
  };
}

function full(row: PersonRow, withTier: boolean): PresentedPerson {
  return {
    id: row.id,
    name: row.displayName,
    pseudonymous: false,
    otherNames: row.otherNames ?? [],
    residence: row.residence,
    citizenships: row.citizenships ?? [],
    languages: row.languages ?? [],
    fields: row.fields ?? [],
    bio: row.bio ?? '',
    tier: withTier ? row.tier : undefined,
    archived: row.archivedAt !== null,
    mayShowContacts: true,
    mayShowAffiliations: true,
  };
}

/** The same rule as `visiblePeople`, for one row already in memory (erased rows never are). */
function isVisible(audience: Audience, row: PersonRow, isSelf: boolean): boolean {
  if (isSelf) return true;
  const archived = row.archivedAt !== null;
  switch (audience) {
    case 'anonymous':
      return !archived && row.tier === 'public';
    case 'participant':
      return !archived && (row.tier === 'public' || row.tier === 'network');
    case 'staff':
      return row.tier !== 'protected' || row.pseudonym !== null;
    case 'protected-staff':
      return true;
  }
}
