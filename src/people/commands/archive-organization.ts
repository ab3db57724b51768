// Archiving takes an organization off the choices on forms; its affiliations stay, as history.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorize } from '../policy.ts';
import { organizations } from '../tables.ts';
import type { CommandContext } from './context.ts';

export async function setOrganizationArchived(
  context: CommandContext,
  organizationId: string,
  archived: boolean,
): Promise<void> {
  authorize(context.actor, 'archive');
  await context.db.transaction(async (tx) => {
    const changed = await tx
      .update(organizations)
      .set({ archivedAt: archived ? new Date() : null })
      .where(
        and(
          eq(organizations.id, organizationId),
          // A merged duplicate stays archived: it lives on in the organization it joined.
          isNull(organizations.mergedIntoId),
          archived ? isNull(organizations.archivedAt) : isNotNull(organizations.archivedAt),
        ),
      )
      .returning({ id: organizations.id });
    if (changed.length === 0) return;
    await recordAudit(tx, {
      action: archived ? 'organization.archived' : 'organization.unarchived',
      actor: context.actor,
      subject: { kind: 'organization', id: organizationId },
      requestId: context.requestId,
    });
  });
}
