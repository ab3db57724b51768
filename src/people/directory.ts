// The directory: signed-in accounts browse the people they may see, 20 at a time, by name, with
// filters. It is built so it cannot serve as a way to copy the whole network: a fixed page size,
// no export, and without a filter only the first pages (browsing further needs a filter).
import { and, asc, count, eq, ilike, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  type ChangeVersions,
  readChangeVersions,
  VersionedCache,
} from '../core/db/change-counters.ts';
import type { Db } from '../core/db/client.ts';
import {
  audienceOf,
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../core/privacy/gate.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { affiliations, organizations, people } from './tables.ts';

export const directoryPageSize = 20;
/** Without a filter, only this many pages: enough to browse, too few to copy everyone. */
export const unfilteredPageCap = 10;

export interface DirectoryFilters {
  /** Country of residence, ISO 3166-1 alpha-2, upper case. */
  country?: string;
  field?: string;
  /** A BCP 47 tag as stored, such as "ru" or "uk". */
  language?: string;
  organizationId?: string;
  /** A part of a name, matched case-insensitively. */
  name?: string;
}

export interface DirectoryPage {
  people: PresentedPerson[];
  /** Pages the viewer may reach (capped when nothing is filtered). */
  pages: number;
  /** True when more people match than the cap lets through. */
  capped: boolean;
}

export function hasFilter(filters: DirectoryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}

/** One page of the directory, in one query. `pages` is 1 when the page asked for is empty. */
/**
 * One page of the directory, remembered per database while the 'people' change counter stands
 * still (any change to people, affiliations or organizations raises it, through triggers, in
 * every process). The key holds everything the answer depends on: the audience, the viewer's
 * own person (everyone sees themself), the filters and the page.
 */
export async function listDirectory(
  db: Db,
  viewer: Viewer,
  filters: DirectoryFilters,
  page: number,
  /** The counters as read for this request, if they were; otherwise they are read here. */
  versions?: ChangeVersions,
): Promise<DirectoryPage> {
  const { people: version } = versions ?? (await readChangeVersions(db));
  const pages = memoryOf(directoryPages, db, () => new VersionedCache<DirectoryPage>(5_000));
  const self = viewer.kind === 'account' ? viewer.personId : null;
  const key = JSON.stringify([audienceOf(viewer), self, filters, page]);
  const known = pages.get(key, version);
  if (known) return known;
  const answer = await readDirectory(db, viewer, filters, page);
  pages.set(key, version, answer);
  return answer;
}

const directoryPages = new WeakMap<Db, VersionedCache<DirectoryPage>>();
const organizationChoices = new WeakMap<Db, VersionedCache<OrganizationChoice[]>>();

function memoryOf<T>(memories: WeakMap<Db, T>, db: Db, make: () => T): T {
  const existing = memories.get(db);
  if (existing) return existing;
  const made = make();
  memories.set(db, made);
  return made;
}

async function readDirectory(
  db: Db,
  viewer: Viewer,
  filters: DirectoryFilters,
  page: number,
): Promise<DirectoryPage> {
  // Past the cap there is nothing to show, so nothing to ask the database.
  if (!hasFilter(filters) && page > unfilteredPageCap) {
    return { people: [], pages: unfilteredPageCap, capped: true };
  }
  const pseudonymsOnly = audienceOf(viewer) === 'staff';
  const where = and(visiblePeople(viewer), ...filterConditions(filters, pseudonymsOnly));
  // Staff without clearance see protected people by pseudonym: sorting them by their real
  // name would betray its first letters, so they sort by the name shown.
  const shownName = pseudonymsOnly
    ? sql`case when ${people.tier} = 'protected' then ${people.pseudonym} else ${people.displayName} end`
    : sql`${people.displayName}`;
  const query = { where, shownName, offset: (page - 1) * directoryPageSize };
  return hasFilter(filters) ? filteredPage(db, viewer, query) : unfilteredPage(db, viewer, query);
}

interface PageQuery {
  where: SQL | undefined;
  shownName: SQL;
  offset: number;
}

/** One scan gives the page and, beside each row, how many match in all (a window count). */
async function filteredPage(db: Db, viewer: Viewer, query: PageQuery): Promise<DirectoryPage> {
  const rows = await db
    .select({ ...personColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(people)
    .where(query.where)
    .orderBy(asc(query.shownName), asc(people.id))
    .limit(directoryPageSize)
    .offset(query.offset);
  const total = rows[0]?.total ?? 0;
  return {
    people: rows.flatMap(({ total: _total, ...row }) => presentPerson(viewer, row) ?? []),
    pages: rows.length === 0 ? 1 : Math.ceil(total / directoryPageSize),
    capped: false,
  };
}

/** Without a filter only the first pages count, so the count stops one row past the cap. */
async function unfilteredPage(db: Db, viewer: Viewer, query: PageQuery): Promise<DirectoryPage> {
  const reachable = unfilteredPageCap * directoryPageSize;
  const [rows, counted] = await Promise.all([
    db
      .select(personColumns)
      .from(people)
      .where(query.where)
      .orderBy(asc(query.shownName), asc(people.id))
      .limit(directoryPageSize)
      .offset(query.offset),
    db.select({ total: count() }).from(
      db
        .select({ one: sql`1` })
        .from(people)
        .where(query.where)
        .limit(reachable + 1)
        .as('reachable'),
    ),
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    people: rows.flatMap((row) => presentPerson(viewer, row) ?? []),
    pages: Math.max(1, Math.min(unfilteredPageCap, Math.ceil(total / directoryPageSize))),
    capped: total > reachable,
  };
}

/**
 * The SQL for each filter. For staff without clearance a protected person shows only a
 * pseudonym, so no filter on what is hidden may pick them out (a country filter would tell where
 * a pseudonym lives), and a name search looks at the pseudonym alone.
 */
function filterConditions(filters: DirectoryFilters, pseudonymsOnly: boolean): SQL[] {
  const conditions: SQL[] = [];
  const onHiddenFields =
    filters.country !== undefined ||
    filters.field !== undefined ||
    filters.language !== undefined ||
    filters.organizationId !== undefined;
  if (pseudonymsOnly && onHiddenFields) conditions.push(ne(people.tier, 'protected'));
  if (filters.country !== undefined) conditions.push(eq(people.residence, filters.country));
  // Containment (@>) on the jsonb arrays: an exact element, not a substring of the text.
  if (filters.field !== undefined) {
    conditions.push(sql`${people.fields} @> ${JSON.stringify([filters.field])}::jsonb`);
  }
  if (filters.language !== undefined) {
    conditions.push(sql`${people.languages} @> ${JSON.stringify([filters.language])}::jsonb`);
  }
  if (filters.organizationId !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${affiliations} where ${affiliations.personId} = ${people.id}
        and ${affiliations.organizationId} = ${filters.organizationId})`,
    );
  }
  if (filters.name !== undefined) conditions.push(nameMatches(filters.name, pseudonymsOnly));
  return conditions;
}

function nameMatches(part: string, pseudonymsOnly: boolean): SQL {
  // What was typed is a literal text, not a pattern: % and _ match themselves.
  const pattern = `%${part.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const byRealName = or(
    ilike(people.displayName, pattern),
    sql`exists (select 1 from jsonb_array_elements_text(${people.otherNames}) as other(name)
      where other.name ilike ${pattern})`,
  ) as SQL;
  if (!pseudonymsOnly) return byRealName;
  return or(
    and(ne(people.tier, 'protected'), byRealName),
    and(eq(people.tier, 'protected'), ilike(people.pseudonym, pattern)),
  ) as SQL;
}

export interface OrganizationChoice {
  id: string;
  name: string;
}

/**
 * The organizations to filter by: only organizations, never who works where. Every directory
 * page needs the list and it changes rarely, so it is remembered like the pages are.
 */
export async function listOrganizationChoices(
  db: Db,
  versions?: ChangeVersions,
): Promise<OrganizationChoice[]> {
  const { people: version } = versions ?? (await readChangeVersions(db));
  const memory = memoryOf(
    organizationChoices,
    db,
    () => new VersionedCache<OrganizationChoice[]>(1),
  );
  const known = memory.get('all', version);
  if (known) return known;
  const choices = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(isNull(organizations.archivedAt), isNull(organizations.mergedIntoId)))
    .orderBy(asc(organizations.name), asc(organizations.id));
  memory.set('all', version, choices);
  return choices;
}
