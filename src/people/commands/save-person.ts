// Creating and editing a person. A tier change is audited, and moving into or out of protection
// seals or opens the contact channels in the same transaction as the change itself. A protected
// person always has a pseudonym, so staff without the clearance can still find and manage them.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { replaceContacts, setContactsSealed } from '../contacts.ts';
import { authorize, canChangeTier } from '../policy.ts';
import { people } from '../tables.ts';
import { type PersonInput, pseudonymMissing } from '../validation.ts';
import type { CommandContext } from './context.ts';

/** Thrown when a person would be protected without a pseudonym; nothing was changed. The forms
 * say so beside the field first (staffPersonForm); this guards every other caller. */
export class PseudonymRequired extends Error {
  constructor() {
    super('A protected person needs a pseudonym.');
    this.name = 'PseudonymRequired';
  }
}

export async function createPerson(context: CommandContext, input: PersonInput): Promise<string> {
  authorize(context.actor, 'edit');
  if (!canChangeTier(context.actor, 'staff', input.tier)) throw new HTTPException(404);
  if (pseudonymMissing(input)) throw new PseudonymRequired();
  return context.db.transaction(async (tx) => {
    const { contacts, ...fields } = input;
    const [created] = await tx.insert(people).values(fields).returning({ id: people.id });
    if (!created) throw new Error('The person was not created.');
    await replaceContacts(
      tx,
      context.encryptionKey,
      created.id,
      contacts,
      input.tier === 'protected',
    );
    await recordAudit(tx, {
      action: 'person.created',
      actor: context.actor,
      subject: { kind: 'person', id: created.id },
      details: { tier: input.tier },
      requestId: context.requestId,
    });
    return created.id;
  });
}

/** Saves the form over the person; the caller has loaded them through the gate in full. */
export async function updatePerson(
  context: CommandContext,
  personId: string,
  input: PersonInput,
): Promise<void> {
  authorize(context.actor, 'edit');
  if (pseudonymMissing(input)) throw new PseudonymRequired();
  await context.db.transaction(async (tx) => {
    // Read and lock the current tier, so two edits at once cannot both think they changed it.
    const [current] = await tx
      .select({ tier: people.tier })
      .from(people)
      .where(eq(people.id, personId))
      .for('update');
    if (!current) throw new HTTPException(404);
    if (!canChangeTier(context.actor, current.tier, input.tier)) throw new HTTPException(404);
    const { contacts, ...fields } = input;
    await tx
      .update(people)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(people.id, personId));
    await replaceContacts(
      tx,
      context.encryptionKey,
      personId,
      contacts,
      input.tier === 'protected',
    );
    if (current.tier !== input.tier) {
      await recordAudit(tx, {
        action: 'person.tier_changed',
        actor: context.actor,
        subject: { kind: 'person', id: personId },
        details: { from: current.tier, to: input.tier },
        requestId: context.requestId,
      });
    }
  });
}

/** Only the tier, for callers other than the edit form: seals or opens channels to match. */
export async function changeTier(
  context: CommandContext,
  personId: string,
  tier: PersonInput['tier'],
): Promise<void> {
  await context.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ tier: people.tier, pseudonym: people.pseudonym })
      .from(people)
      .where(eq(people.id, personId))
      .for('update');
    if (!current) throw new HTTPException(404);
    if (!canChangeTier(context.actor, current.tier, tier)) throw new HTTPException(404);
    if (current.tier === tier) return;
    if (pseudonymMissing({ tier, pseudonym: current.pseudonym })) throw new PseudonymRequired();
    await tx.update(people).set({ tier, updatedAt: new Date() }).where(eq(people.id, personId));
    if ((current.tier === 'protected') !== (tier === 'protected')) {
      await setContactsSealed(tx, context.encryptionKey, personId, tier === 'protected');
    }
    await recordAudit(tx, {
      action: 'person.tier_changed',
      actor: context.actor,
      subject: { kind: 'person', id: personId },
      details: { from: current.tier, to: tier },
      requestId: context.requestId,
    });
  });
}
