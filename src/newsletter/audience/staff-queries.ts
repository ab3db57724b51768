// The subscriber list as staff see it: through the privacy gate, as the signed-in staff member
// (a protected person appears by pseudonym to staff without clearance, and not at all without
// one), with counts by status of the subscribers that staff member may see.
import { and, asc, count, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  audienceOf,
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { subscriberStatus, subscribers } from '../tables.ts';
import type { Subscriber, SubscriberStatus } from './subscriptions.ts';

export const pageSize = 100;
export const statuses = subscriberStatus.enumValues;

export interface ListedSubscriber {
  subscriber: Subscriber;
  person: PresentedPerson;
}

/** Staff without clearance see protected people by pseudonym: they search and sort by it too. */
function shownName(viewer: Viewer): SQL {
  return audienceOf(viewer) === 'protected-staff'
    ? sql`${people.displayName}`
    : sql`case when ${people.tier} = 'protected' then ${people.pseudonym} else ${people.displayName} end`;
}

export async function listSubscribers(
  db: Db,
  viewer: Viewer,
  query: { status?: SubscriberStatus; page: number },
): Promise<{ rows: ListedSubscriber[]; counts: Record<SubscriberStatus, number> }> {
  const visible = visiblePeople(viewer);
  const [rows, countRows] = await Promise.all([
    db
      .select({ subscriber: subscribers, person: personColumns })
      .from(subscribers)
      .innerJoin(people, eq(people.id, subscribers.personId))
      .where(and(visible, query.status ? eq(subscribers.status, query.status) : undefined))
      .orderBy(asc(shownName(viewer)), asc(subscribers.id))
      .limit(pageSize)
      .offset((query.page - 1) * pageSize),
    db
      .select({ status: subscribers.status, total: count() })
      .from(subscribers)
      .innerJoin(people, eq(people.id, subscribers.personId))
      .where(visible)
      .groupBy(subscribers.status),
  ]);
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<
    SubscriberStatus,
    number
  >;
  for (const row of countRows) counts[row.status] = Number(row.total);
  return {
    rows: rows.flatMap((row) => {
      const person = presentPerson(viewer, row.person);
      return person ? [{ subscriber: row.subscriber, person }] : [];
    }),
    counts,
  };
}

/** One subscriber the viewer may see, or undefined (hidden and missing alike). */
export async function findVisibleSubscriber(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<ListedSubscriber | undefined> {
  const [row] = await db
    .select({ subscriber: subscribers, person: personColumns })
    .from(subscribers)
    .innerJoin(people, eq(people.id, subscribers.personId))
    .where(and(eq(subscribers.id, id), visiblePeople(viewer)));
  const person = row ? presentPerson(viewer, row.person) : undefined;
  return row && person ? { subscriber: row.subscriber, person } : undefined;
}

/** People the viewer may see whose shown name contains `part` and who are not subscribers. */
export async function findPeopleToAdd(
  db: Db,
  viewer: Viewer,
  part: string,
): Promise<PresentedPerson[]> {
  const pattern = `%${part.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await db
    .select(personColumns)
    .from(people)
    .leftJoin(subscribers, eq(subscribers.personId, people.id))
    .where(
      and(
        visiblePeople(viewer),
        isNull(subscribers.id),
        isNull(people.archivedAt),
        ilike(shownName(viewer), pattern),
      ),
    )
    .orderBy(asc(shownName(viewer)), asc(people.id))
    .limit(50);
  return rows.flatMap((row) => presentPerson(viewer, row) ?? []);
}

/** Makes a person the viewer may see an active subscriber (staff add people who asked them);
 * false when the gate hides the person or they already subscribe. */
export async function addSubscriber(db: Db, viewer: Viewer, personId: string): Promise<boolean> {
  const [visible] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(viewer)));
  if (!visible) return false;
  const added = await db
    .insert(subscribers)
    .values({ personId, status: 'active', confirmedAt: new Date() })
    .onConflictDoNothing()
    .returning({ id: subscribers.id });
  return added.length > 0;
}
