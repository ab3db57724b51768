// Archiving keeps the record (gatherings and ties point at it) but takes the person off every
// list but staff's. Unarchiving brings them back.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorize } from '../policy.ts';
import { people } from '../tables.ts';
import type { CommandContext } from './context.ts';

export async function setPersonArchived(
  context: CommandContext,
  personId: string,
  archived: boolean,
): Promise<void> {
  authorize(context.actor, 'archive');
  await context.db.transaction(async (tx) => {
    const changed = await tx
      .update(people)
      .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
      .where(
        and(
          eq(people.id, personId),
          isNull(people.erasedAt),
          // Never unarchive a merged duplicate: it lives on in the person it was merged into.
          archived
            ? isNull(people.archivedAt)
            : and(isNotNull(people.archivedAt), isNull(people.mergedIntoId)),
        ),
      )
      .returning({ id: people.id });
    if (changed.length === 0) return;
    await recordAudit(tx, {
      action: archived ? 'person.archived' : 'person.unarchived',
      actor: context.actor,
      subject: { kind: 'person', id: personId },
      requestId: context.requestId,
    });
  });
}
