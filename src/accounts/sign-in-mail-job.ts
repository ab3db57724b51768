// Sign-in links are mailed by a job, not while the visitor waits: the /sign-in answer then costs
// the same for an address with an account and one without (the job finds out which, later). The
// job needs the address, so the payload carries it sealed (AES-GCM under ENCRYPTION_KEY): the
// jobs table, its backups and /admin/jobs never hold it in clear.
import { z } from 'zod';
import { seal, unseal } from '../core/privacy/sealing.ts';
import type { Deps } from '../core/web/context.ts';
import { requestSignInLink } from './sign-in-links.ts';

export const signInMailQueue = 'accounts.sign-in-mail';

const payloadSchema = z.object({
  /** The address, sealed, base64. */
  sealedAddress: z.string().min(1),
  /** A safe local path (see safeNext), checked before enqueueing. */
  next: z.string().startsWith('/'),
});

/** Records the wish for a sign-in link; a worker asks better-auth for it (see below). */
export async function enqueueSignInMail(
  deps: Pick<Deps, 'jobs' | 'config'>,
  { email, next }: { email: string; next: string },
): Promise<void> {
  const sealedAddress = seal(deps.config.encryptionKey, email).toString('base64');
  // A link is worth little after its 15 minutes; a few tries cover a passing SMTP hiccup.
  await deps.jobs.enqueue(signInMailQueue, { sealedAddress, next }, { maxAttempts: 3 });
}

/** The error kept in last_error when a send fails: its class and code only, because mail
 * transports name the recipient in their messages ("550 <address>: no such user"). */
export class SignInMailFailedError extends Error {
  constructor(cause: unknown) {
    const kind = cause instanceof Error ? cause.name : typeof cause;
    const code =
      typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    super(`Asking for or sending a sign-in link failed (${kind}${code ? ` ${code}` : ''}).`);
    this.name = 'SignInMailFailedError';
  }
}

export function registerSignInMailJob(deps: Pick<Deps, 'handlers' | 'auth' | 'config'>): void {
  deps.handlers.jobs.register(signInMailQueue, payloadSchema, async ({ sealedAddress, next }) => {
    const email = unseal(deps.config.encryptionKey, Buffer.from(sealedAddress, 'base64'));
    try {
      // better-auth makes the link; our mail callback (auth.ts) sends it to active accounts only.
      await requestSignInLink(deps.auth, { email, next, headers: new Headers() });
    } catch (error) {
      throw new SignInMailFailedError(error);
    }
  });
}
