// Reading people, always through the privacy gate: `visiblePeople` picks the rows and
// `presentPerson` the fields. A person the viewer may not see is `undefined`, exactly like a
// missing one or a malformed id.
import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import {
  audienceOf,
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../core/privacy/gate.ts';
import { isStaff, type Viewer } from '../core/privacy/viewer.ts';
import { readContacts, type StoredContact } from './contacts.ts';
import { affiliations, consentRecords, organizations, people, type Tier } from './tables.ts';
import { recordId } from './validation.ts';

export interface AffiliationView {
  organizationId: string;
  organizationName: string;
  role: string;
  fromYear: number | null;
  toYear: number | null;
}

export interface ConsentView {
  id: string;
  topic: (typeof consentRecords.$inferSelect)['topic'];
  granted: boolean;
  method: string;
  note: string;
  recordedAt: Date;
}

export interface PersonRecord {
  person: PresentedPerson;
  /** For staff who see the person in full: the pseudonym, which the edit form must keep. */
  pseudonym?: string | null;
  contacts?: StoredContact[];
  affiliations?: AffiliationView[];
  consents?: ConsentView[];
}

export interface ReadContext {
  encryptionKey: Buffer;
  requestId?: string;
}

export async function findPerson(
  db: Db,
  viewer: Viewer,
  id: string,
  context: ReadContext,
): Promise<PersonRecord | undefined> {
  if (!recordId.safeParse(id).success) return undefined;
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.id, id), visiblePeople(viewer)));
  const person = row && presentPerson(viewer, row);
  if (!row || !person) return undefined;
  if (row.tier === 'protected') {
    await recordAudit(db, {
      action: 'person.viewed_protected',
      actor: viewer,
      subject: { kind: 'person', id },
      details: { pseudonymous: person.pseudonymous },
      requestId: context.requestId,
    });
  }
  const isSelf = viewer.kind === 'account' && viewer.personId === id;
  const [contacts, affiliationList, consents] = await Promise.all([
    person.mayShowContacts ? readContacts(db, context.encryptionKey, id) : undefined,
    person.mayShowAffiliations ? readAffiliations(db, id) : undefined,
    person.mayShowContacts && (isStaff(viewer) || isSelf) ? readConsents(db, id) : undefined,
  ]);
  const pseudonym = isStaff(viewer) && !person.pseudonymous ? row.pseudonym : undefined;
  return { person, pseudonym, contacts, affiliations: affiliationList, consents };
}

function readAffiliations(db: Db, personId: string): Promise<AffiliationView[]> {
  return db
    .select({
      organizationId: affiliations.organizationId,
      organizationName: organizations.name,
      role: affiliations.role,
      fromYear: affiliations.fromYear,
      toYear: affiliations.toYear,
    })
    .from(affiliations)
    .innerJoin(organizations, eq(organizations.id, affiliations.organizationId))
    .where(eq(affiliations.personId, personId))
    .orderBy(asc(organizations.name));
}

function readConsents(db: Db, personId: string): Promise<ConsentView[]> {
  return db
    .select({
      id: consentRecords.id,
      topic: consentRecords.topic,
      granted: consentRecords.granted,
      method: consentRecords.method,
      note: consentRecords.note,
      recordedAt: consentRecords.recordedAt,
    })
    .from(consentRecords)
    .where(eq(consentRecords.personId, personId))
    .orderBy(asc(consentRecords.recordedAt), asc(consentRecords.id));
}

export interface PeopleQuery {
  query?: string;
  tier?: Tier;
  page: number;
  pageSize?: number;
}

/** One page of the people a staff viewer may see, by the name the viewer is shown. */
export async function listPeople(
  db: Db,
  viewer: Viewer,
  { query, tier, page, pageSize = 50 }: PeopleQuery,
): Promise<{ people: PresentedPerson[]; total: number }> {
  const name = shownName(viewer);
  const pattern = query ? `%${query.replace(/[\\%_]/g, (match) => `\\${match}`)}%` : undefined;
  const where = and(
    visiblePeople(viewer),
    tier ? eq(people.tier, tier) : undefined,
    pattern ? nameMatches(viewer, name, pattern) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(personColumns)
      .from(people)
      .where(where)
      .orderBy(asc(name), asc(people.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(people).where(where),
  ]);
  const presented = rows.flatMap((row) => presentPerson(viewer, row) ?? []);
  return { people: presented, total: totals[0]?.total ?? 0 };
}

/** The name a viewer sees: staff without clearance know protected people by pseudonym only, so
 * neither search nor sort order may use the real name of those. */
function shownName(viewer: Viewer): SQL {
  return audienceOf(viewer) === 'staff'
    ? sql`(case when ${people.tier} = 'protected' then ${people.pseudonym} else ${people.displayName} end)`
    : sql`${people.displayName}`;
}

function nameMatches(viewer: Viewer, name: SQL, pattern: string): SQL | undefined {
  if (audienceOf(viewer) !== 'protected-staff') return ilike(name, pattern);
  return or(
    ilike(people.displayName, pattern),
    ilike(people.pseudonym, pattern),
    sql`${people.otherNames}::text ilike ${pattern}`,
  );
}
