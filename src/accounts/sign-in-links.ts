// Asking better-auth for a sign-in link. The sign-in page does it for whoever types an address;
// the CLI and the demo do it for an account they know, and need the link itself to print it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Auth } from './auth.ts';

/** Where the page sends a visitor whose link has expired or was used already. */
const signInPage = '/sign-in';

/**
 * Asks for a link to `email`; it is mailed only when an active account has this address, and
 * the caller cannot tell which happened (the sign-in page must answer the same either way).
 * `next` must already be a safe local path.
 */
export async function requestSignInLink(
  auth: Auth,
  request: { email: string; next: string; headers: Headers },
): Promise<void> {
  const errorPage =
    request.next === '/' ? signInPage : `${signInPage}?next=${encodeURIComponent(request.next)}`;
  await auth.api.signInMagicLink({
    body: { email: request.email, callbackURL: request.next, errorCallbackURL: errorPage },
    headers: request.headers,
  });
}

export class NoActiveAccountError extends Error {
  constructor() {
    super('No active account has this address.');
    this.name = 'NoActiveAccountError';
  }
}

// The link is made deep inside better-auth and handed to our mail callback; this carries it
// back to the one caller that asked, without a shared variable other requests could see.
const issuedLinks = new AsyncLocalStorage<{ url?: string; keep: boolean }>();

/** Called by the mail callback in auth.ts with every link; true when the caller keeps the link
 * for itself (it is not to be mailed). */
export function noteIssuedLink(url: string): boolean {
  const slot = issuedLinks.getStore();
  if (slot) slot.url = url;
  return slot?.keep ?? false;
}

async function issueLink(auth: Auth, email: string, next: string, keep: boolean) {
  const slot: { url?: string; keep: boolean } = { keep };
  await issuedLinks.run(slot, () =>
    requestSignInLink(auth, { email, next, headers: new Headers() }),
  );
  if (!slot.url) throw new NoActiveAccountError();
  return slot.url;
}

/**
 * A fresh one-time sign-in link for an existing, active account, also sent to its address
 * (through the mailer: to the outbox unless SMTP is configured). Throws NoActiveAccountError.
 */
export function createSignInLink(auth: Auth, email: string, next = '/'): Promise<string> {
  return issueLink(auth, email, next, false);
}

/**
 * A one-time link that is not mailed, for a browser that has just proved who it is another way
 * (an accepted invitation) and is sent straight on to it. Throws NoActiveAccountError.
 */
export function signInLinkWithoutMail(auth: Auth, email: string, next: string): Promise<string> {
  return issueLink(auth, email, next, true);
}
