// What the editors' timeline pages read: every entry with all its texts.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { programs } from '../tables.ts';
import { timelineEntries, timelineTexts } from './tables.ts';

export type TimelineEntryRow = typeof timelineEntries.$inferSelect & {
  texts: (typeof timelineTexts.$inferSelect)[];
};

export async function listTimelineForEditing(db: Db): Promise<TimelineEntryRow[]> {
  const [rows, texts] = await Promise.all([
    db
      .select()
      .from(timelineEntries)
      .orderBy(asc(timelineEntries.year), sql`${timelineEntries.month} asc nulls first`),
    db.select().from(timelineTexts),
  ]);
  return rows.map((row) => ({ ...row, texts: texts.filter((text) => text.entryId === row.id) }));
}

export async function findTimelineEntry(
  db: Db,
  entryId: string,
): Promise<TimelineEntryRow | undefined> {
  const [row] = await db.select().from(timelineEntries).where(eq(timelineEntries.id, entryId));
  if (!row) return undefined;
  const texts = await db.select().from(timelineTexts).where(eq(timelineTexts.entryId, entryId));
  return { ...row, texts };
}

export function programChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.position), asc(programs.name));
}
