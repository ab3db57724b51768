// A gathering in a real browser, end to end: a coordinator (signed in with a second factor) finds
// an invitee in the directory, puts them on the list and sends the invitations; the invitee opens
// the link from the e-mail with no account and no password, accepts with their logistics and sees
// the confirmation; later, signed in, they open the gathering's page and find the agenda. The
// server is the real one: its job workers send the mail, read back from the outbox.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureAccount } from '../accounts/create-account.ts';
import { totpCode } from '../accounts/testing.ts';
import { waitFor } from '../core/jobs/testing.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import {
  launchBrowser,
  type ServedForBrowser,
  serveForBrowser,
} from '../core/web/browser-testing.ts';
import { createSession } from './agenda/commands.ts';
import { createGathering } from './commands/save-gathering.ts';
import { saveVenue } from './commands/save-venue.ts';
import { gatheringForm } from './gatherings.ts';
import { gatheringPaths as paths } from './paths.ts';
import { invitationLogistics, invitations } from './tables.ts';

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
const organizer: Viewer = {
  kind: 'account',
  accountId: crypto.randomUUID(),
  personId: null,
  roles: ['coordinator'],
  protectedClearance: false,
};

/** The first link matching `pattern` in a message to `email`, once there are more than
 * `earlier` messages to that address. */
async function mailedLink(email: string, earlier: number, pattern: RegExp): Promise<string> {
  return waitFor(`message ${earlier + 1} to the recipient`, async () => {
    const { messages } = await listOutbox(deps().db, { page: 1, pageSize: 100 });
    const mine = messages.filter((message) => message.recipients.includes(email));
    if (mine.length <= earlier || !mine[0]) return undefined;
    const text = (await readOutboxMessage(deps().db, mine[0].id))?.text;
    return text?.match(pattern)?.[0];
  });
}
const signInLink = /http:\/\/\S+\/magic-link\/verify\?\S+/;

async function signInWithLink(page: Page, email: string, next: string, earlier: number) {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.waitForSelector('text=Check your e-mail');
  await page.goto(await mailedLink(email, earlier, signInLink));
}

test('a coordinator invites, the invitee answers by the e-mailed link, then sees the agenda', async () => {
  const { db } = deps();
  const context = { db, actor: organizer };
  const venueId = await saveVenue(context, {
    name: 'Esalen',
    address: '55000 Highway 1, Big Sur',
    country: 'US',
    travelNotes: '',
  });
  const gatheringId = await createGathering(
    context,
    gatheringForm.parse({
      title: 'Big Sur retreat',
      kind: 'retreat',
      timeZone: 'America/Los_Angeles',
      starts: '2031-06-02T16:00',
      ends: '2031-06-05T12:00',
      venueId,
      languages: 'en, ru',
      attendeeList: 'staff_only',
    }),
  );
  await createSession({ db, actor: organizer }, gatheringId, {
    title: 'Opening circle',
    description: '',
    startsAt: new Date('2031-06-03T16:00:00Z'),
    endsAt: new Date('2031-06-03T18:00:00Z'),
    room: 'Big House',
    languages: ['en', 'ru'],
    interpretation: 'English and Russian',
  });
  const inviteeEmail = 'mariam@example.org';
  await ensureAccount(deps(), { email: inviteeEmail, displayName: 'Mariam Okonkwo', roles: [] });
  const coordinatorEmail = 'coordinator@example.org';
  await ensureAccount(deps(), {
    email: coordinatorEmail,
    displayName: 'Coordinator',
    roles: ['coordinator'],
  });

  // The coordinator signs in, enrolling a second factor, and builds the list.
  const staff = await browser.newContext();
  const page = await staff.newPage();
  await signInWithLink(page, coordinatorEmail, paths.invitations(gatheringId), 0);
  await page.waitForURL('**/account/security/enrol**');
  const key = (await page.locator('[data-totp-secret]').textContent())?.trim() ?? '';
  await page.getByLabel('Code').fill(await totpCode(served.server, key));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForSelector('text=Your backup codes');
  await page.getByRole('link', { name: 'I have kept them; continue' }).click();
  await page.waitForURL(`**${paths.invitations(gatheringId)}`);
  await page.getByLabel('Name').fill('Mariam');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('checkbox', { name: /Mariam Okonkwo/ }).check();
  await page.getByRole('button', { name: 'Add the selected people to the list' }).click();
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await page.waitForURL(`**${paths.invitations(gatheringId)}`);
  await staff.close();

  // The invitee answers through the link in the e-mail, without an account.
  const answerLink = /http:\/\/\S+\/answer\/[A-Za-z0-9_-]+/;
  const link = await mailedLink(inviteeEmail, 0, answerLink);
  const guest = await browser.newContext();
  const answering = await guest.newPage();
  await answering.goto(link);
  await answering.waitForURL('**/answer');
  assert.equal(new URL(answering.url()).pathname, '/answer', 'the token left the address bar');
  await answering.getByLabel('Yes, I will come').check();
  await answering.getByLabel('Dietary needs').fill('Vegetarian');
  await answering.getByLabel('I need a letter of invitation for a visa').check();
  await answering.getByLabel('Emergency contact: name').fill('Ada Okonkwo');
  await answering.getByLabel('Emergency contact: phone').fill('+44 20 7946 0000');
  await answering.getByRole('button', { name: 'Send my answer' }).click();
  await answering.waitForSelector('text=Thank you: Big Sur retreat');
  await guest.close();
  const [answered] = await db.select().from(invitations);
  assert.equal(answered?.state, 'accepted');
  const [logistics] = await db.select().from(invitationLogistics);
  assert.equal(logistics?.needsVisaLetter, true, 'the logistics were kept');

  // Signed in, the invitee opens the gathering and finds the agenda.
  const own = await browser.newContext();
  const mine = await own.newPage();
  const earlierMessages = (await listOutbox(db, { page: 1, pageSize: 100 })).messages.filter(
    (message) => message.recipients.includes(inviteeEmail),
  ).length;
  await signInWithLink(mine, inviteeEmail, paths.myGathering(gatheringId), earlierMessages);
  await mine.waitForURL(`**${paths.myGathering(gatheringId)}`);
  await mine.getByRole('heading', { name: 'Big Sur retreat' }).waitFor();
  const main = (await mine.locator('main').textContent()) ?? '';
  assert.match(main, /Opening circle/);
  assert.match(main, /Big House/);
  await own.close();
});
