// The e-mails that follow an answer: a confirmation to whoever answered, and the good news to
// whoever a freed seat went to. Each carries a fresh answer link. The token is made here, in the
// job, so it only ever exists in the message: the jobs table holds ids and nothing to open.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { translator } from '../../core/i18n/i18n.ts';
import type { Deps } from '../../core/web/context.ts';
import { readContacts } from '../../people/contacts.ts';
import { people } from '../../people/tables.ts';
import { issueAnswerToken } from '../invitations/answer-token.ts';
import { gatherings, invitations } from '../tables.ts';
import { formatInZone } from '../zoned-time.ts';

export const answerMailQueue = 'gatherings.answer-mail';

const payloadSchema = z.object({
  invitationId: z.uuid(),
  reason: z.enum(['answered', 'promoted']),
});

export function registerAnswerMailJob(deps: Pick<Deps, 'db' | 'mailer' | 'config' | 'handlers'>) {
  deps.handlers.jobs.register(answerMailQueue, payloadSchema, async ({ invitationId, reason }) => {
    const [row] = await deps.db
      .select({
        personId: invitations.personId,
        state: invitations.state,
        title: gatherings.title,
        startsAt: gatherings.startsAt,
        timeZone: gatherings.timeZone,
      })
      .from(invitations)
      .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(and(eq(invitations.id, invitationId), isNull(people.erasedAt)));
    // Withdrawn or erased since: nothing to say, and nothing to retry.
    if (!row) return;
    const contacts = await readContacts(deps.db, deps.config.encryptionKey, row.personId);
    const address = contacts
      .filter((contact) => contact.kind === 'email')
      .sort((a, b) => b.preferred - a.preferred)[0]?.value;
    if (!address) return;

    const token = await issueAnswerToken(deps.db, invitationId);
    const locale = deps.config.defaultLocale;
    const t = translator(locale);
    const values = {
      title: row.title,
      starts: formatInZone(row.startsAt, locale, row.timeZone),
      state: t(`answer.state.${row.state}`),
      link: `${deps.config.publicUrl}/answer/${token}`,
    };
    await deps.mailer.send({
      to: address,
      subject: t(
        reason === 'promoted' ? 'answer.mail.promotedSubject' : 'answer.mail.subject',
        values,
      ),
      text: t(reason === 'promoted' ? 'answer.mail.promotedText' : 'answer.mail.text', values),
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  });
}
