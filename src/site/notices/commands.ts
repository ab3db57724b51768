// Creating, changing and removing notices. The texts are replaced as a whole with what the form
// holds. Audited by id only.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorizeEditing, type EditingContext } from '../editing/context.ts';
import { notices, noticeTexts } from './tables.ts';
import type { NoticeInput } from './validation.ts';

/** Creates a notice (no id) or replaces one; returns its id. */
export async function saveNotice(
  context: EditingContext,
  noticeId: string | undefined,
  input: NoticeInput,
): Promise<string> {
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    const [saved] = noticeId
      ? await tx
          .update(notices)
          .set({ ...input.notice, updatedAt: new Date() })
          .where(eq(notices.id, noticeId))
          .returning({ id: notices.id })
      : await tx.insert(notices).values(input.notice).returning({ id: notices.id });
    if (!saved) throw new HTTPException(404);
    await tx.delete(noticeTexts).where(eq(noticeTexts.noticeId, saved.id));
    await tx
      .insert(noticeTexts)
      .values(input.texts.map((text) => ({ noticeId: saved.id, ...text })));
    await recordAudit(tx, {
      action: noticeId ? 'notice.updated' : 'notice.created',
      actor: context.actor,
      subject: { kind: 'notice', id: saved.id },
      details: {
        severity: input.notice.severity,
        locales: input.texts.map((text) => text.locale),
      },
      requestId: context.requestId,
    });
    return saved.id;
  });
}

export async function deleteNotice(context: EditingContext, noticeId: string): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(notices)
      .where(eq(notices.id, noticeId))
      .returning({ id: notices.id });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'notice.deleted',
      actor: context.actor,
      subject: { kind: 'notice', id: noticeId },
      requestId: context.requestId,
    });
  });
}
