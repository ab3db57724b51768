// Creating, changing and removing timeline entries; the texts are replaced with what the form
// holds. Linked image, program and article must exist. Audited by id only.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import { media } from '../../core/media/tables.ts';
import { articles } from '../articles/tables.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../editing/context.ts';
import { programs } from '../tables.ts';
import { timelineEntries, timelineTexts } from './tables.ts';
import type { TimelineInput } from './validation.ts';

async function refuseUnknownLinks(db: Db, entry: TimelineInput['entry']): Promise<void> {
  const checks = [
    { field: 'imageMediaId', id: entry.imageMediaId, table: media, key: 'programs.error.media' },
    { field: 'programId', id: entry.programId, table: programs, key: 'programs.error.choice' },
    { field: 'articleId', id: entry.articleId, table: articles, key: 'timeline.error.article' },
  ] as const;
  for (const check of checks) {
    if (!check.id) continue;
    const [found] = await db
      .select({ id: check.table.id })
      .from(check.table)
      .where(eq(check.table.id, check.id));
    if (!found) throw new EditRefused(check.field, check.key);
  }
}

export async function saveTimelineEntry(
  context: EditingContext,
  entryId: string | undefined,
  input: TimelineInput,
): Promise<string> {
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await refuseUnknownLinks(tx, input.entry);
    const [saved] = entryId
      ? await tx
          .update(timelineEntries)
          .set({ ...input.entry, updatedAt: new Date() })
          .where(eq(timelineEntries.id, entryId))
          .returning({ id: timelineEntries.id })
      : await tx.insert(timelineEntries).values(input.entry).returning({ id: timelineEntries.id });
    if (!saved) throw new HTTPException(404);
    await tx.delete(timelineTexts).where(eq(timelineTexts.entryId, saved.id));
    await tx
      .insert(timelineTexts)
      .values(input.texts.map((text) => ({ entryId: saved.id, ...text })));
    await recordAudit(tx, {
      action: entryId ? 'timeline_entry.updated' : 'timeline_entry.created',
      actor: context.actor,
      subject: { kind: 'timeline_entry', id: saved.id },
      details: { year: input.entry.year, locales: input.texts.map((text) => text.locale) },
      requestId: context.requestId,
    });
    return saved.id;
  });
}

export async function deleteTimelineEntry(context: EditingContext, entryId: string): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(timelineEntries)
      .where(eq(timelineEntries.id, entryId))
      .returning({ id: timelineEntries.id });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'timeline_entry.deleted',
      actor: context.actor,
      subject: { kind: 'timeline_entry', id: entryId },
      requestId: context.requestId,
    });
  });
}
