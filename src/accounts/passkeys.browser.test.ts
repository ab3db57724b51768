// Passkeys in Chromium with a virtual authenticator (Chrome DevTools' WebAuthn domain): adding a
// passkey after a link sign-in, signing out, and signing in with it; for staff, a passkey is the
// enrolment and then the whole sign-in (no code). Served as http://localhost, because WebAuthn
// refuses an IP address as the relying party.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitFor } from '../core/jobs/testing.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import {
  launchBrowser,
  type ServedForBrowser,
  serveForBrowser,
} from '../core/web/browser-testing.ts';
import { ensureAccount } from './create-account.ts';

let served: ServedForBrowser;
let browser: Browser;
before(async () => {
  served = await serveForBrowser({ JOB_POLL_MS: '50' }, { publicHost: 'localhost' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

const deps = () => served.server.deps;
const url = (path: string) => `${deps().config.publicUrl}${path}`;

/** A browser context whose pages have a platform authenticator that checks its holder. */
async function contextWithAuthenticator(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { context, page };
}

async function signInByLink(page: Page, email: string, next: string): Promise<void> {
  const earlier = await mailCount(email);
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.waitForSelector('text=Check your e-mail');
  const link = await waitFor('a sign-in link', async () => {
    const { messages } = await listOutbox(deps().db, { page: 1, pageSize: 100 });
    const mine = messages.filter((message) => message.recipients.includes(email));
    if (mine.length <= earlier || !mine[0]) return undefined;
    const text = (await readOutboxMessage(deps().db, mine[0].id))?.text;
    return text?.match(/http:\/\/\S+\/magic-link\/verify\?\S+/)?.[0];
  });
  await page.goto(link);
}

async function mailCount(email: string): Promise<number> {
  const { messages } = await listOutbox(deps().db, { page: 1, pageSize: 100 });
  return messages.filter((message) => message.recipients.includes(email)).length;
}

async function signOutThenSignInWithPasskey(page: Page, next: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(url('/'));
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await page.waitForURL(`**${next}`);
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
}

test('a participant adds a passkey after a link sign-in, signs out, and signs in with it', async () => {
  const email = 'walker@example.org';
  await ensureAccount(deps(), { email, displayName: 'Walker', roles: [] });
  const { context, page } = await contextWithAuthenticator();
  await signInByLink(page, email, '/account/security');
  await page.waitForURL('**/account/security');
  await page.getByLabel('Name of the passkey').fill('Test laptop');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.locator('[data-passkeys]', { hasText: 'Test laptop' }).waitFor();

  await signOutThenSignInWithPasskey(page, '/me');
  assert.equal(new URL(page.url()).pathname, '/me');
  await context.close();
});

test('an administrator enrols with a passkey and later signs in with it alone', async () => {
  const email = 'keyholder@example.org';
  await ensureAccount(deps(), { email, displayName: 'Keyholder', roles: ['administrator'] });
  const { context, page } = await contextWithAuthenticator();
  await signInByLink(page, email, '/admin');
  await page.waitForURL('**/account/security/enrol**');
  await page.getByLabel('Name of the passkey').fill('Office key');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.waitForURL('**/admin');

  await signOutThenSignInWithPasskey(page, '/admin');
  assert.equal(new URL(page.url()).pathname, '/admin', 'no TOTP was asked for');
  await context.close();
});
