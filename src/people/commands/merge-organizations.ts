// Merging a duplicate organization into the one kept: every affiliation moves, the duplicate is
// archived and points at the kept one. All in one transaction, audited.
import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorize } from '../policy.ts';
import { affiliations, organizations } from '../tables.ts';
import type { CommandContext } from './context.ts';

export class OrganizationMergeRefused extends Error {
  constructor() {
    super('An organization cannot be merged into itself.');
    this.name = 'OrganizationMergeRefused';
  }
}

export async function mergeOrganizations(
  context: CommandContext,
  { keptId, duplicateId }: { keptId: string; duplicateId: string },
): Promise<void> {
  authorize(context.actor, 'merge');
  if (keptId === duplicateId) throw new OrganizationMergeRefused();
  await context.db.transaction(async (tx) => {
    // Lock both, so two merges at once cannot chain a merged duplicate into a third record.
    const pair = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(inArray(organizations.id, [keptId, duplicateId]), isNull(organizations.mergedIntoId)),
      )
      .for('update');
    if (pair.length !== 2) throw new HTTPException(404);
    // (person, organization) is the key: where a person is affiliated with both, the kept
    // organization's row (its role and years) stays and the duplicate's goes.
    const peopleOfKept = tx
      .select({ id: affiliations.personId })
      .from(affiliations)
      .where(eq(affiliations.organizationId, keptId));
    const moved = await tx
      .update(affiliations)
      .set({ organizationId: keptId })
      .where(
        and(
          eq(affiliations.organizationId, duplicateId),
          notInArray(affiliations.personId, peopleOfKept),
        ),
      )
      .returning({ personId: affiliations.personId });
    const dropped = await tx
      .delete(affiliations)
      .where(eq(affiliations.organizationId, duplicateId))
      .returning({ personId: affiliations.personId });
    await tx
      .update(organizations)
      .set({ archivedAt: new Date(), mergedIntoId: keptId })
      .where(eq(organizations.id, duplicateId));
    await recordAudit(tx, {
      action: 'organization.merged',
      actor: context.actor,
      subject: { kind: 'organization', id: keptId },
      details: {
        duplicateId,
        affiliationsMoved: moved.length,
        affiliationsAlreadyKept: dropped.length,
      },
      requestId: context.requestId,
    });
  });
}
