// Accounts in a real browser: signing in with an e-mailed link, staff enrolling and using TOTP,
// and a participant seeing their own profile as each audience sees it. The server is the real
// one (its job workers mail the links); links and keys are read the way a person would read them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../core/jobs/testing.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import {
  launchBrowser,
  type ServedForBrowser,
  serveForBrowser,
} from '../core/web/browser-testing.ts';
import { people } from '../people/tables.ts';
import { ensureAccount } from './create-account.ts';
import { totpCode } from './testing.ts';

let served: ServedForBrowser;
let browser: Browser;
before(async () => {
  served = await serveForBrowser({ JOB_POLL_MS: '50' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

const deps = () => served.server.deps;
const url = (path: string) => `${served.server.url}${path}`;

/** The newest link to `email` in the outbox, after the given number of earlier messages. */
async function mailedLink(email: string, earlier: number): Promise<string> {
  return waitFor(`a sign-in link for message ${earlier + 1}`, async () => {
    const { messages } = await listOutbox(deps().db, { page: 1, pageSize: 100 });
    const mine = messages.filter((message) => message.recipients.includes(email));
    if (mine.length <= earlier || !mine[0]) return undefined;
    const text = (await readOutboxMessage(deps().db, mine[0].id))?.text;
    return text?.match(/http:\/\/\S+\/magic-link\/verify\?\S+/)?.[0];
  });
}

async function askForLink(page: Page, email: string, next = '/'): Promise<void> {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.waitForSelector('text=Check your e-mail');
}

test('a participant signs in with the link from the e-mail', async () => {
  const email = 'reader@example.org';
  await ensureAccount(deps(), { email, displayName: 'Reader', roles: [] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await askForLink(page, email, '/me');
  await page.goto(await mailedLink(email, 0));
  await page.waitForURL('**/me');
  assert.equal(await page.locator('h1').count(), 1);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await context.close();
});

test('an administrator enrols TOTP, reaches /admin, signs out, and signs in again with a code', async () => {
  const email = 'admin@example.org';
  await ensureAccount(deps(), { email, displayName: 'Admin', roles: ['administrator'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await askForLink(page, email, '/admin');
  await page.goto(await mailedLink(email, 0));
  await page.waitForURL('**/account/security/enrol**');
  const key = (await page.locator('[data-totp-secret]').textContent())?.trim() ?? '';
  assert.match(key, /^[A-Z2-7]+$/, 'the key is on the page');
  await page.getByLabel('Code').fill(await totpCode(served.server, key));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForSelector('text=Your backup codes');
  await page.getByRole('link', { name: 'I have kept them; continue' }).click();
  await page.waitForURL('**/admin');
  assert.equal(new URL(page.url()).pathname, '/admin');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(url('/'));
  await page.goto(url('/admin'));
  await page.waitForURL('**/sign-in**');

  await askForLink(page, email, '/admin');
  await page.goto(await mailedLink(email, 1));
  await page.waitForURL('**/sign-in/verify**');
  await page.getByLabel('Code').fill(await totpCode(served.server, key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL('**/admin');
  assert.equal(new URL(page.url()).pathname, '/admin');
  await context.close();
});

test('a participant sees their profile as each audience sees it', async () => {
  const email = 'visible@example.org';
  const { personId } = await ensureAccount(deps(), {
    email,
    displayName: 'Lena Public',
    roles: [],
  });
  assert.ok(personId);
  await deps()
    .db.update(people)
    .set({ tier: 'public', residence: 'Tbilisi' })
    .where(eq(people.id, personId));
  const context = await browser.newContext();
  const page = await context.newPage();
  await askForLink(page, email, '/me');
  await page.goto(await mailedLink(email, 0));
  await page.waitForURL('**/me');
  assert.ok((await page.content()).includes('Tbilisi'), 'the person sees their own residence');

  const seenBy = async (audience: string) => {
    await page.goto(url(`/me/view-as/${audience}`));
    return (await page.locator('main').textContent()) ?? '';
  };
  const anonymous = await seenBy('anonymous');
  assert.ok(anonymous.includes('Lena Public'), 'anyone sees the name of a public person');
  assert.ok(!anonymous.includes('Tbilisi'), 'the residence is hidden from anonymous visitors');
  const participant = await seenBy('participant');
  assert.ok(participant.includes('Tbilisi'), 'participants see the residence');
  const staff = await seenBy('staff');
  assert.ok(staff.includes('Tbilisi') && staff.includes('Lena Public'));
  await context.close();
});
