// Sign-ups from the public site, with double opt-in. The form only records the wish in a job (the
// answer is then the same, in content and in time, whether the address is known or not); the job
// finds the person by that address or creates one (tier staff: private), makes them a pending
// subscriber and mails a confirmation link. The payload is sealed: the jobs table never holds
// the address or the name in clear.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, type Locale, translator } from '../../core/i18n/i18n.ts';
import { visiblePeople } from '../../core/privacy/gate.ts';
import { seal, unseal } from '../../core/privacy/sealing.ts';
import type { Deps } from '../../core/web/context.ts';
import { replaceContacts } from '../../people/contacts.ts';
import { contactChannels, people } from '../../people/tables.ts';
import { subscribers } from '../tables.ts';
import { newsletterSystemViewer } from './recipients.ts';
import { type Preferences, setPreferences, setSubscriberStatus } from './subscriptions.ts';
import { signToken } from './tokens.ts';

export const signUpQueue = 'newsletter.sign-up';
export const confirmationDays = 7;

export interface SignUp extends Preferences {
  name: string;
  email: string;
  locale: Locale;
}

const signUpSchema = z.object({
  name: z.string().max(200),
  email: z.string().min(3).max(254),
  topics: z.array(z.string()),
  languages: z.array(z.string()),
  locale: z.string().refine(isLocale),
});

export async function enqueueSignUp(
  deps: Pick<Deps, 'jobs' | 'config'>,
  signUp: SignUp,
): Promise<void> {
  const sealed = seal(deps.config.encryptionKey, JSON.stringify(signUp)).toString('base64');
  await deps.jobs.enqueue(signUpQueue, { sealed }, { maxAttempts: 3 });
}

type SignUpDeps = Pick<Deps, 'db' | 'mailer' | 'config'>;

export function registerSignUpJob(deps: Pick<Deps, 'handlers'> & SignUpDeps): void {
  deps.handlers.jobs.register(signUpQueue, z.object({ sealed: z.string().min(1) }), ({ sealed }) =>
    processSignUp(
      deps,
      signUpSchema.parse(
        JSON.parse(unseal(deps.config.encryptionKey, Buffer.from(sealed, 'base64'))),
      ) as SignUp,
    ),
  );
}

async function processSignUp(deps: SignUpDeps, signUp: SignUp): Promise<void> {
  const personId =
    (await personByAddress(deps, signUp.email)) ?? (await createPerson(deps, signUp));
  const [existing] = await deps.db
    .select()
    .from(subscribers)
    .where(eq(subscribers.personId, personId));
  let subscriberId: string;
  if (!existing) {
    const [created] = await deps.db
      .insert(subscribers)
      .values({ personId, status: 'pending', topics: signUp.topics, languages: signUp.languages })
      .returning({ id: subscribers.id });
    subscriberId = created?.id as string;
  } else if (existing.status === 'active' || existing.status === 'suspended') {
    // Already receiving it, or stopped by a bounce until staff look: a stranger typing this
    // address must not change either, so nothing happens.
    return;
  } else {
    // Pending (a lost confirmation) or unsubscribed (coming back): a fresh confirmation.
    subscriberId = existing.id;
    await setSubscriberStatus(deps.db, subscriberId, 'pending');
    await setPreferences(deps.db, subscriberId, signUp);
  }
  await mailConfirmation(deps, subscriberId, signUp);
}

/** The person who has this e-mail address in clear (protected people's addresses are sealed and
 * cannot be looked up; such a sign-up makes a new private record that staff may merge). */
async function personByAddress(deps: SignUpDeps, email: string): Promise<string | undefined> {
  const [row] = await deps.db
    .select({ id: people.id })
    .from(contactChannels)
    .innerJoin(people, eq(people.id, contactChannels.personId))
    .where(
      and(
        eq(contactChannels.kind, 'email'),
        sql`lower(${contactChannels.value}) = ${email.trim().toLowerCase()}`,
        visiblePeople(newsletterSystemViewer),
      ),
    )
    .orderBy(people.createdAt)
    .limit(1);
  return row?.id;
}

async function createPerson(deps: SignUpDeps, signUp: SignUp): Promise<string> {
  const [row] = await deps.db
    .insert(people)
    // Nameless sign-ups are listed under their address's local part, which only staff see.
    .values({ displayName: signUp.name || (signUp.email.split('@')[0] ?? '') })
    .returning({ id: people.id });
  const id = row?.id as string;
  await replaceContacts(
    deps.db,
    deps.config.encryptionKey,
    id,
    [{ kind: 'email', value: signUp.email.trim() }],
    false,
  );
  return id;
}

async function mailConfirmation(
  deps: SignUpDeps,
  subscriberId: string,
  signUp: SignUp,
): Promise<void> {
  const expiresAt = new Date(Date.now() + confirmationDays * 24 * 3600 * 1000);
  const token = signToken(deps.config.secret, 'confirm', subscriberId, expiresAt);
  const t = translator(signUp.locale);
  await deps.mailer.send({
    to: signUp.email,
    subject: t('audience.confirmMail.subject'),
    text: [
      t('audience.confirmMail.body'),
      `${deps.config.publicUrl}/newsletter/confirm/${token}`,
      t('audience.confirmMail.ignore', { days: confirmationDays }),
    ].join('\n\n'),
  });
}
