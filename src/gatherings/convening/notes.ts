// Notes under the Chatham House Rule: what was said, never who said it. The editor is warned
// when a note names an invitee (name-scan.ts) and may still save it deliberately; that choice is
// audited by ids and a count, never with the names.
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { gatheringNotes } from '../tables.ts';
import type { ConveningContext } from './context.ts';

export const maxNoteLength = 50_000;

export async function saveNote(
  context: ConveningContext,
  gatheringId: string,
  body: string,
  namesFound: number,
): Promise<number> {
  return context.db.transaction(async (tx) => {
    const [note] = await tx
      .insert(gatheringNotes)
      .values({
        gatheringId,
        body,
        createdBy: context.actor.kind === 'account' ? context.actor.accountId : null,
      })
      .returning({ id: gatheringNotes.id });
    if (!note) throw new Error('The note was not saved.');
    if (namesFound > 0) {
      await recordAudit(tx, {
        action: 'gathering.note_saved_despite_names',
        actor: context.actor,
        subject: { kind: 'gathering_note', id: String(note.id) },
        details: { gatheringId, matches: namesFound },
        requestId: context.requestId,
      });
    }
    return note.id;
  });
}

export interface PresentedNote {
  id: number;
  createdAt: Date;
  html: string;
}

/** The gathering's notes, newest first, rendered from Markdown. */
export async function listNotes(db: Db, gatheringId: string): Promise<PresentedNote[]> {
  const rows = await db
    .select({
      id: gatheringNotes.id,
      createdAt: gatheringNotes.createdAt,
      body: gatheringNotes.body,
    })
    .from(gatheringNotes)
    .where(eq(gatheringNotes.gatheringId, gatheringId))
    .orderBy(desc(gatheringNotes.createdAt), desc(gatheringNotes.id));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    html: renderMarkdown(row.body),
  }));
}
