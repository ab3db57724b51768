// The issues staff compose: the list, one issue with its resources in order, and the changes a
// compose page makes. Only a draft or a scheduled issue changes; what has begun sending stays
// as its readers received it.
import { and, asc, count, desc, eq, gt, inArray, lt, max, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { programs } from '../../site/tables.ts';
import {
  type AudienceSegment,
  deliveries,
  issueItems,
  newsletterIssues,
  newsletterTopic,
  resources,
} from '../tables.ts';

export type Issue = typeof newsletterIssues.$inferSelect;
export type IssueResourceRow = typeof resources.$inferSelect & { position: number };

export const issuePaths = {
  list: '/newsletter/issues',
  create: '/newsletter/issues/new',
  compose: (id: string) => `/newsletter/issues/${id}`,
  settings: (id: string) => `/newsletter/issues/${id}/settings`,
  items: (id: string) => `/newsletter/issues/${id}/items`,
  move: (id: string, resourceId: string) => `/newsletter/issues/${id}/items/${resourceId}/move`,
  remove: (id: string, resourceId: string) => `/newsletter/issues/${id}/items/${resourceId}/remove`,
  preview: (id: string) => `/newsletter/issues/${id}/preview`,
  previewText: (id: string) => `/newsletter/issues/${id}/preview.txt`,
  testSend: (id: string) => `/newsletter/issues/${id}/test`,
  schedule: (id: string) => `/newsletter/issues/${id}/schedule`,
  sendNow: (id: string) => `/newsletter/issues/${id}/send`,
};

export const editableStatuses = ['draft', 'scheduled'] as const;

export function isEditable(issue: Issue): boolean {
  return (editableStatuses as readonly string[]).includes(issue.status);
}

const codeList = (pattern: RegExp, message: 'issues.error.countries' | 'issues.error.languages') =>
  z
    .string()
    .max(500, 'form.tooLong')
    .transform((value) =>
      value
        .split(/[\s,]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    )
    .refine((codes) => codes.every((code) => pattern.test(code)), message);

export const settingsForm = z.object({
  title: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  editorNote: z.string().max(20_000, 'form.tooLong').default(''),
  countries: codeList(/^[A-Z]{2}$/, 'issues.error.countries').default([]),
  languages: codeList(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'issues.error.languages').default([]),
  public: z
    .string()
    .optional()
    .transform((value) => value === 'on'),
});
export type IssueSettings = z.output<typeof settingsForm> & { programIds: string[] };

/** Filters of the resource picker: anything unknown is ignored. */
export const pickerFilters = z.object({
  topic: z.enum(newsletterTopic.enumValues).optional().catch(undefined),
  language: z
    .string()
    .trim()
    .max(35)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type PickerFilters = z.output<typeof pickerFilters>;

export async function listIssues(db: Db) {
  const itemCounts = db
    .select({ issueId: issueItems.issueId, items: count().as('items') })
    .from(issueItems)
    .groupBy(issueItems.issueId)
    .as('item_counts');
  const deliveryCounts = db
    .select({
      issueId: deliveries.issueId,
      recipients: count().as('recipients'),
      sent: sql<number>`count(*) filter (where ${deliveries.state} = 'sent')`.as('sent'),
    })
    .from(deliveries)
    .groupBy(deliveries.issueId)
    .as('delivery_counts');
  return db
    .select({
      id: newsletterIssues.id,
      number: newsletterIssues.number,
      title: newsletterIssues.title,
      status: newsletterIssues.status,
      public: newsletterIssues.public,
      scheduledAt: newsletterIssues.scheduledAt,
      sentAt: newsletterIssues.sentAt,
      items: sql<number>`coalesce(${itemCounts.items}, 0)::int`,
      recipients: sql<number>`coalesce(${deliveryCounts.recipients}, 0)::int`,
      sent: sql<number>`coalesce(${deliveryCounts.sent}, 0)::int`,
    })
    .from(newsletterIssues)
    .leftJoin(itemCounts, eq(itemCounts.issueId, newsletterIssues.id))
    .leftJoin(deliveryCounts, eq(deliveryCounts.issueId, newsletterIssues.id))
    .orderBy(desc(newsletterIssues.number))
    .limit(200);
}

export async function findIssue(db: Db, id: string): Promise<Issue | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const [issue] = await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id));
  return issue;
}

/** A new draft numbered after the highest number so far; two at once cannot share one. */
export async function createIssue(db: Db, title: string): Promise<string> {
  const [highest] = await db
    .select({ number: max(newsletterIssues.number) })
    .from(newsletterIssues);
  const [issue] = await db
    .insert(newsletterIssues)
    .values({ number: (highest?.number ?? 0) + 1, title })
    .returning({ id: newsletterIssues.id });
  if (!issue) throw new Error('the issue was not created');
  return issue.id;
}

export async function issueResources(db: Db, issueId: string): Promise<IssueResourceRow[]> {
  const rows = await db
    .select({ resource: resources, position: issueItems.position })
    .from(issueItems)
    .innerJoin(resources, eq(resources.id, issueItems.resourceId))
    .where(eq(issueItems.issueId, issueId))
    .orderBy(asc(issueItems.position), asc(resources.id));
  return rows.map((row) => ({ ...row.resource, position: row.position }));
}

/** Resources not yet in the issue, newest first, for the picker. */
export async function pickableResources(db: Db, issueId: string, filters: PickerFilters) {
  const inIssue = db
    .select({ id: issueItems.resourceId })
    .from(issueItems)
    .where(eq(issueItems.issueId, issueId));
  const conditions = [notInArray(resources.id, inIssue)];
  if (filters.topic) conditions.push(eq(resources.topic, filters.topic));
  if (filters.language) conditions.push(eq(resources.language, filters.language));
  return db
    .select()
    .from(resources)
    .where(and(...conditions))
    .orderBy(desc(resources.publishedOn), desc(resources.createdAt), asc(resources.id))
    .limit(100);
}

export async function programChoices(db: Db) {
  return db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.position), asc(programs.name));
}

export async function saveSettings(db: Db, issueId: string, settings: IssueSettings) {
  const known = settings.programIds.length
    ? (
        await db
          .select({ id: programs.id })
          .from(programs)
          .where(inArray(programs.id, settings.programIds))
      ).map((row) => row.id)
    : [];
  const segment: AudienceSegment = {
    countries: settings.countries,
    programIds: known,
    languages: settings.languages,
  };
  await db
    .update(newsletterIssues)
    .set({
      title: settings.title,
      editorNote: settings.editorNote,
      segment,
      public: settings.public,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(newsletterIssues.id, issueId), inArray(newsletterIssues.status, editableStatuses)),
    );
}

/** Appends resources after the last one, in the order given; ones already there are skipped. */
export async function addResources(db: Db, issueId: string, resourceIds: string[]) {
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: resources.id })
      .from(resources)
      .where(inArray(resources.id, resourceIds));
    const wanted = resourceIds.filter((id) => existing.some((row) => row.id === id));
    const [last] = await tx
      .select({ position: max(issueItems.position) })
      .from(issueItems)
      .where(eq(issueItems.issueId, issueId));
    const start = (last?.position ?? -1) + 1;
    if (wanted.length === 0) return;
    await tx
      .insert(issueItems)
      .values(wanted.map((resourceId, index) => ({ issueId, resourceId, position: start + index })))
      .onConflictDoNothing();
  });
}

export async function removeResource(db: Db, issueId: string, resourceId: string) {
  await db
    .delete(issueItems)
    .where(and(eq(issueItems.issueId, issueId), eq(issueItems.resourceId, resourceId)));
}

/** Swaps a resource with its neighbour above or below; at either end nothing moves. */
export async function moveResource(
  db: Db,
  issueId: string,
  resourceId: string,
  direction: 'up' | 'down',
) {
  await db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(issueItems)
      .where(and(eq(issueItems.issueId, issueId), eq(issueItems.resourceId, resourceId)));
    if (!item) return;
    const [neighbour] = await tx
      .select()
      .from(issueItems)
      .where(
        and(
          eq(issueItems.issueId, issueId),
          direction === 'up'
            ? lt(issueItems.position, item.position)
            : gt(issueItems.position, item.position),
        ),
      )
      .orderBy(direction === 'up' ? desc(issueItems.position) : asc(issueItems.position))
      .limit(1);
    if (!neighbour) return;
    const setPosition = (id: string, position: number) =>
      tx
        .update(issueItems)
        .set({ position })
        .where(and(eq(issueItems.issueId, issueId), eq(issueItems.resourceId, id)));
    await setPosition(item.resourceId, neighbour.position);
    await setPosition(neighbour.resourceId, item.position);
  });
}
