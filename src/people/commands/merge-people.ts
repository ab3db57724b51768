// Merging a duplicate into the person kept: every link moves (contact channels, affiliations,
// consent records, accounts), the duplicate is archived and points at the kept person. All in
// one transaction, audited. The caller has loaded both through the gate, in full.
import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { accounts } from '../../accounts/tables.ts';
import { recordAudit } from '../../core/audit/audit.ts';
import { setContactsSealed } from '../contacts.ts';
import { authorize } from '../policy.ts';
import { affiliations, consentRecords, contactChannels, people } from '../tables.ts';
import type { CommandContext } from './context.ts';

export class MergeRefused extends Error {
  constructor(readonly reason: 'same' | 'protectedIntoUnprotected') {
    super(`The merge was refused: ${reason}`);
    this.name = 'MergeRefused';
  }
}

export async function mergePeople(
  context: CommandContext,
  { keptId, duplicateId }: { keptId: string; duplicateId: string },
): Promise<void> {
  authorize(context.actor, 'merge');
  if (keptId === duplicateId) throw new MergeRefused('same');
  await context.db.transaction(async (tx) => {
    const pair = await tx
      .select({ id: people.id, tier: people.tier })
      .from(people)
      .where(
        and(
          inArray(people.id, [keptId, duplicateId]),
          isNull(people.erasedAt),
          isNull(people.mergedIntoId),
        ),
      )
      .for('update');
    const kept = pair.find((row) => row.id === keptId);
    const duplicate = pair.find((row) => row.id === duplicateId);
    if (!kept || !duplicate) throw new HTTPException(404);
    // A protected duplicate's channels would come out of their seal in an unprotected record.
    if (duplicate.tier === 'protected' && kept.tier !== 'protected') {
      throw new MergeRefused('protectedIntoUnprotected');
    }
    const keptProtected = kept.tier === 'protected';
    const moved = await tx
      .update(contactChannels)
      .set({ personId: keptId })
      .where(eq(contactChannels.personId, duplicateId))
      .returning({ id: contactChannels.id });
    if (keptProtected) await setContactsSealed(tx, context.encryptionKey, keptId, true);
    // An affiliation the kept person already has with the same organization stays as theirs.
    const keptOrganizations = tx
      .select({ id: affiliations.organizationId })
      .from(affiliations)
      .where(eq(affiliations.personId, keptId));
    const movedAffiliations = await tx
      .update(affiliations)
      .set({ personId: keptId })
      .where(
        and(
          eq(affiliations.personId, duplicateId),
          notInArray(affiliations.organizationId, keptOrganizations),
        ),
      )
      .returning({ organizationId: affiliations.organizationId });
    await tx.delete(affiliations).where(eq(affiliations.personId, duplicateId));
    const consents = await tx
      .update(consentRecords)
      .set({ personId: keptId })
      .where(eq(consentRecords.personId, duplicateId))
      .returning({ id: consentRecords.id });
    const movedAccounts = await tx
      .update(accounts)
      .set({ personId: keptId, updatedAt: new Date() })
      .where(eq(accounts.personId, duplicateId))
      .returning({ id: accounts.id });
    await tx
      .update(people)
      .set({ archivedAt: new Date(), mergedIntoId: keptId, updatedAt: new Date() })
      .where(eq(people.id, duplicateId));
    await recordAudit(tx, {
      action: 'person.merged',
      actor: context.actor,
      subject: { kind: 'person', id: keptId },
      details: {
        duplicateId,
        contactChannels: moved.length,
        affiliations: movedAffiliations.length,
        consentRecords: consents.length,
        accounts: movedAccounts.length,
      },
      requestId: context.requestId,
    });
  });
}
