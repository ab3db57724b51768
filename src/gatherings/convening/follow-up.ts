// The follow-up message after a gathering: one job per recipient, one recipient per message.
// The payload holds ids and the message sealed (AES-GCM under ENCRYPTION_KEY, as the sign-in
// mail job seals its address): a follow-up may mention what was discussed, and the jobs table,
// its backups and /admin/jobs should not hold it in clear. The address is looked up by the job,
// from the person's contact channels, and never stored with the job.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { seal, unseal } from '../../core/privacy/sealing.ts';
import type { Deps } from '../../core/web/context.ts';
import { readContacts } from '../../people/contacts.ts';
import { people } from '../../people/tables.ts';
import type { ConveningContext } from './context.ts';
import { participantsOf } from './people.ts';

export const followUpMailQueue = 'gatherings.follow-up-mail';

export interface FollowUpMessage {
  subject: string;
  /** Markdown. */
  body: string;
}

/** What each recipient receives: the subject, the Markdown as text, and its HTML rendering. */
export function renderFollowUp(message: FollowUpMessage): {
  subject: string;
  text: string;
  html: string;
} {
  return { subject: message.subject, text: message.body, html: renderMarkdown(message.body) };
}

const payloadSchema = z.object({
  gatheringId: z.uuid(),
  personId: z.uuid(),
  /** Which sending this job belongs to: one id for every job of one follow-up. */
  followUpId: z.uuid(),
  /** JSON of FollowUpMessage, sealed, base64. */
  sealedMessage: z.string().min(1),
});

/**
 * Queues the message for each participant (participantsOf: recorded attendees, or accepted
 * invitees in no-record mode) and audits the sending with counts only. Returns the count.
 */
export async function sendFollowUp(
  context: ConveningContext & { encryptionKey: Buffer },
  gathering: { id: string; noRecordCheckIn: boolean },
  message: FollowUpMessage,
): Promise<number> {
  const recipients = await participantsOf(context.db, context.actor, gathering);
  const followUpId = randomUUID();
  const sealedMessage = seal(context.encryptionKey, JSON.stringify(message)).toString('base64');
  await context.db.transaction(async (tx) => {
    const queue = createJobQueue(tx);
    for (const person of recipients) {
      await queue.enqueue(
        followUpMailQueue,
        { gatheringId: gathering.id, personId: person.id, followUpId, sealedMessage },
        { maxAttempts: 5, uniqueKey: `follow-up:${followUpId}:${person.id}` },
      );
    }
    await recordAudit(tx, {
      action: 'gathering.follow_up_sent',
      actor: context.actor,
      subject: { kind: 'gathering', id: gathering.id },
      details: { followUpId, recipients: recipients.length },
      requestId: context.requestId,
    });
  });
  return recipients.length;
}

/** The error kept in last_error: its class and code only, as transports name the recipient. */
export class FollowUpMailFailedError extends Error {
  constructor(cause: unknown) {
    const kind = cause instanceof Error ? cause.name : typeof cause;
    const code =
      typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    super(`Sending a follow-up message failed (${kind}${code ? ` ${code}` : ''}).`);
    this.name = 'FollowUpMailFailedError';
  }
}

export function registerFollowUpJob(
  deps: Pick<Deps, 'handlers' | 'db' | 'mailer' | 'config'>,
): void {
  const key = deps.config.encryptionKey;
  deps.handlers.jobs.register(followUpMailQueue, payloadSchema, async (payload) => {
    const [person] = await deps.db
      .select({ erasedAt: people.erasedAt })
      .from(people)
      .where(eq(people.id, payload.personId));
    // Erased since the sending was queued: nothing to send, nobody to send it to.
    if (!person || person.erasedAt) return;
    const address = (await readContacts(deps.db, key, payload.personId)).find(
      (contact) => contact.kind === 'email',
    )?.value;
    if (!address) return;
    const message: FollowUpMessage = JSON.parse(
      unseal(key, Buffer.from(payload.sealedMessage, 'base64')),
    );
    try {
      await deps.mailer.send({ to: address, ...renderFollowUp(message) });
    } catch (error) {
      throw new FollowUpMailFailedError(error);
    }
  });
}
