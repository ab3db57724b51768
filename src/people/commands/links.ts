// A person's affiliations and consent records, edited from the person's staff page. Consent
// records are history: a withdrawal is a new record, never an edit of the old one.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorize } from '../policy.ts';
import { affiliations, consentRecords } from '../tables.ts';
import type { AffiliationInput, ConsentInput } from '../validation.ts';
import type { CommandContext } from './context.ts';

export async function saveAffiliation(
  context: CommandContext,
  personId: string,
  input: AffiliationInput,
): Promise<void> {
  authorize(context.actor, 'edit');
  const values = { personId, ...input };
  await context.db
    .insert(affiliations)
    .values(values)
    .onConflictDoUpdate({
      target: [affiliations.personId, affiliations.organizationId],
      set: { role: input.role, fromYear: input.fromYear, toYear: input.toYear },
    });
}

export async function removeAffiliation(
  context: CommandContext,
  personId: string,
  organizationId: string,
): Promise<void> {
  authorize(context.actor, 'edit');
  await context.db
    .delete(affiliations)
    .where(
      and(eq(affiliations.personId, personId), eq(affiliations.organizationId, organizationId)),
    );
}

export async function recordConsent(
  context: CommandContext,
  personId: string,
  input: ConsentInput,
): Promise<void> {
  authorize(context.actor, 'edit');
  await context.db.transaction(async (tx) => {
    await tx.insert(consentRecords).values({
      personId,
      ...input,
      recordedBy: context.actor.kind === 'account' ? context.actor.accountId : null,
    });
    await recordAudit(tx, {
      action: 'person.consent_recorded',
      actor: context.actor,
      subject: { kind: 'person', id: personId },
      details: { topic: input.topic, granted: input.granted },
      requestId: context.requestId,
    });
  });
}
