// The jobs that mail invitations and reminders: one message per invitee, to that invitee only,
// in their language, naming no one else. See sending.ts for how retries treat the links.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, type Locale, translator } from '../../core/i18n/i18n.ts';
import type { Deps } from '../../core/web/context.ts';
import { readContacts } from '../../people/contacts.ts';
import { people } from '../../people/tables.ts';
import { advisoriesForGathering, advisoryText } from '../advisories.ts';
import { gatherings, invitations, venues } from '../tables.ts';
import { hashAnswerToken, issueAnswerToken } from './answer-token.ts';
import {
  fanOutReminders,
  gatheringStillAsPlanned,
  invitationMailQueue,
  reminderMailQueue,
  remindersQueue,
} from './sending.ts';

type MailDeps = Pick<Deps, 'db' | 'mailer' | 'config' | 'logger'>;

const invitationPayload = z.object({ invitationId: z.uuid() });
const roundPayload = z.object({
  gatheringId: z.uuid(),
  startsAt: z.iso.datetime(),
  daysBefore: z.number().int().positive(),
});
const reminderPayload = z.object({
  invitationId: z.uuid(),
  startsAt: z.iso.datetime(),
  daysBefore: z.number().int().positive(),
});

export function registerInvitationJobs(deps: Pick<Deps, 'handlers'> & MailDeps): void {
  deps.handlers.jobs
    .register(invitationMailQueue, invitationPayload, ({ invitationId }) =>
      mailInvitation(deps, invitationId),
    )
    .register(remindersQueue, roundPayload, async (round) => {
      await fanOutReminders(deps.db, round);
    })
    .register(reminderMailQueue, reminderPayload, (reminder) => mailReminder(deps, reminder));
}

interface Recipient {
  invitation: typeof invitations.$inferSelect;
  gathering: typeof gatherings.$inferSelect;
  venue: typeof venues.$inferSelect | null;
  address: string;
  locale: Locale;
}

/** Everything one message needs, or undefined when there is no one to write to. */
async function recipientOf(deps: MailDeps, invitationId: string): Promise<Recipient | undefined> {
  const [row] = await deps.db
    .select({
      invitation: invitations,
      gathering: gatherings,
      venue: venues,
      languages: people.languages,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .innerJoin(people, eq(people.id, invitations.personId))
    .leftJoin(venues, eq(venues.id, gatherings.venueId))
    .where(eq(invitations.id, invitationId));
  if (!row) return undefined;
  // Opened here and nowhere else: the address goes to the mailer, never to a log or a payload.
  const contacts = await readContacts(deps.db, deps.config.encryptionKey, row.invitation.personId);
  const emails = contacts.filter((contact) => contact.kind === 'email');
  const address = (emails.find((contact) => contact.preferred > 0) ?? emails[0])?.value;
  if (!address) {
    deps.logger.warn({ invitationId }, 'An invitee has no e-mail address; nothing was sent');
    return undefined;
  }
  const spoken = row.languages.map((tag) => tag.split('-')[0]?.toLowerCase());
  const locale = spoken.find((tag): tag is Locale => isLocale(tag)) ?? deps.config.defaultLocale;
  return {
    invitation: row.invitation,
    gathering: row.gathering,
    venue: row.venue,
    address,
    locale,
  };
}

async function mailInvitation(deps: MailDeps, invitationId: string): Promise<void> {
  const recipient = await recipientOf(deps, invitationId);
  // Taken off the list, already mailed, or already answered: nothing to send.
  if (recipient?.invitation.state !== 'invited' || recipient.invitation.invitedAt) {
    return;
  }
  const token = await issueAnswerToken(deps.db, invitationId);
  const t = translator(recipient.locale);
  const { gathering } = recipient;
  await deps.mailer.send({
    to: recipient.address,
    subject: t('invitations.mail.subject', { title: gathering.title }),
    text: [
      t('invitations.mail.greeting'),
      t('invitations.mail.invited', { title: gathering.title }),
      describeGathering(recipient),
      t('invitations.mail.answerLink', { url: answerUrl(deps, token) }),
      t('invitations.mail.linkNote'),
    ].join('\n\n'),
  });
  // Recorded only if no later issue replaced our token (see sending.ts).
  await deps.db
    .update(invitations)
    .set({ invitedAt: new Date() })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.answerTokenHash, hashAnswerToken(token)),
      ),
    );
}

async function mailReminder(
  deps: MailDeps,
  reminder: z.output<typeof reminderPayload>,
): Promise<void> {
  const recipient = await recipientOf(deps, reminder.invitationId);
  if (recipient?.invitation.state !== 'accepted') return;
  if (!(await gatheringStillAsPlanned(deps.db, recipient.gathering.id, reminder.startsAt))) return;
  const now = new Date();
  const { gathering, venue } = recipient;
  const advisories = await advisoriesForGathering(
    deps.db,
    {
      venueId: gathering.venueId,
      startsAt: gathering.startsAt,
      endsAt: gathering.endsAt,
      venueCountry: venue?.country ?? null,
    },
    now,
  );
  const advisoryLines = advisories.flatMap((advisory) => {
    const text = advisoryText(advisory, recipient.locale, deps.config.defaultLocale);
    if (!text) return [];
    return [`- ${text.message}${advisory.linkUrl ? ` (${advisory.linkUrl})` : ''}`];
  });
  const token = await issueAnswerToken(deps.db, reminder.invitationId);
  const t = translator(recipient.locale);
  await deps.mailer.send({
    to: recipient.address,
    subject: t('invitations.reminder.subject', { title: gathering.title }),
    text: [
      t('invitations.mail.greeting'),
      t('invitations.reminder.soon', { title: gathering.title, days: reminder.daysBefore }),
      describeGathering(recipient, true),
      ...(advisoryLines.length > 0
        ? [[t('invitations.reminder.advisories'), ...advisoryLines].join('\n')]
        : []),
      t('invitations.reminder.answerLink', { url: answerUrl(deps, token) }),
    ].join('\n\n'),
  });
}

function answerUrl(deps: MailDeps, token: string): string {
  return `${deps.config.publicUrl}/answer/${token}`;
}

/** When and where, in the gathering's own time zone (named, so nobody converts by guess). */
function describeGathering(
  { gathering, venue, locale }: Recipient,
  withOnlineLink = false,
): string {
  const t = translator(locale);
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: gathering.timeZone,
  });
  const lines = [
    t('invitations.mail.when', {
      start: format.format(gathering.startsAt),
      end: format.format(gathering.endsAt),
      zone: gathering.timeZone,
    }),
  ];
  if (venue) {
    lines.push(
      t('invitations.mail.where', {
        place: [venue.name, venue.address].filter(Boolean).join(', '),
      }),
    );
  } else if (gathering.onlineUrl) {
    // The link itself only once they accepted (the gathering's rule for online links).
    lines.push(
      withOnlineLink
        ? t('invitations.reminder.onlineLink', { url: gathering.onlineUrl })
        : t('invitations.mail.online'),
    );
  }
  return lines.join('\n');
}
