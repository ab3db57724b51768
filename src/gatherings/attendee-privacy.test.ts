// Who an attendee list reaches, across every way it could leave the system: the public page and
// calendar, the invitee's page and calendars, the staff answers and logistics sheet, every
// e-mail (one recipient each, naming no one else) and the log lines. A matrix over the list
// settings × viewers × attendee tiers × consent. The fixture is built the way coordinators and
// invitees build it: people put on the list, invitations sent by the jobs, each invitee answering
// through the link in their own e-mail. The expected sight is written from the issue and the
// privacy rules (decision 015), not computed by the code under test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { ensureAccount } from '../accounts/create-account.ts';
import { accounts } from '../accounts/tables.ts';
import { signIn } from '../accounts/testing.ts';
import { translator } from '../core/i18n/i18n.ts';
import { jobs } from '../core/jobs/tables.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { formPage, postForm } from '../core/web/testing.ts';
import type { Tier } from '../people/tables.ts';
import { exportLogisticsSheet, sheetPdf } from './answers/logistics-sheet.ts';
import {
  addPrivacyPerson,
  answerTokens,
  openPrivacyFixture,
  type PrivacyFixture,
  type PrivacyPerson,
  pdfText,
  readOutbox,
  runDueJobs,
} from './attendee-privacy.fixture.ts';
import { checkIn } from './convening/check-in.ts';
import { sendFollowUp } from './convening/follow-up.ts';
import { addToList } from './invitations/list.ts';
import { remindersQueue, sendInvitations } from './invitations/sending.ts';
import { gatheringPaths as paths } from './paths.ts';
import type { AttendeeListSetting } from './policy.ts';
import { gatherings, venues } from './tables.ts';

type ViewerKind =
  | 'anonymous'
  | 'participant-not-invited'
  | 'participant-declined'
  | 'participant-accepted'
  | 'coordinator'
  | 'cleared-coordinator';
/** name: the display name shows (no pseudonym); pseudonym: only the pseudonym; none: neither. */
type Sight = 'name' | 'pseudonym' | 'none';

interface Case {
  setting: AttendeeListSetting;
  isPublic: boolean;
  id: string;
}
const cases: Case[] = [
  { setting: 'staff_only', isPublic: true, id: '' },
  { setting: 'confirmed_attendees', isPublic: true, id: '' },
  { setting: 'public_consented', isPublic: true, id: '' },
  { setting: 'public_consented', isPublic: false, id: '' },
];
const tiers: Tier[] = ['public', 'network', 'staff', 'protected'];

// The rules, per surface.
/** The public page, whoever looks: consenting public-tier attendees of a consented list. */
function onPublicPage(gathering: Case, person: PrivacyPerson): Sight {
  const consentedList = gathering.setting === 'public_consented' && gathering.isPublic;
  return consentedList && person.tier === 'public' && person.consents ? 'name' : 'none';
}
/** The invitee's page: a list shown to confirmed attendees names the public and network people
 * among them (what participants may see of anyone) to those who accepted; a consented list
 * names consenting public-tier people to anyone if the gathering is public, else to those who
 * accepted. Only invitees have the page at all. */
function onInviteePage(gathering: Case, viewer: ViewerKind, person: PrivacyPerson): Sight {
  const accepted = viewer === 'participant-accepted';
  if (!(accepted || viewer === 'participant-declined') || person.answer !== 'accept') return 'none';
  if (gathering.setting === 'confirmed_attendees' && accepted) {
    return person.tier === 'public' || person.tier === 'network' ? 'name' : 'none';
  }
  if (gathering.setting === 'public_consented' && (gathering.isPublic || accepted)) {
    return person.tier === 'public' && person.consents ? 'name' : 'none';
  }
  return 'none';
}
/** Staff pages and the logistics sheet: coordinators only; protected people by pseudonym unless
 * the coordinator holds the clearance. */
function forStaff(viewer: ViewerKind, person: PrivacyPerson, acceptedOnly: boolean): Sight {
  if (acceptedOnly && person.answer !== 'accept') return 'none';
  if (viewer === 'cleared-coordinator') return 'name';
  if (viewer !== 'coordinator') return 'none';
  return person.tier === 'protected' ? 'pseudonym' : 'name';
}

function sightIn(text: string, person: PrivacyPerson): Sight {
  const name = text.includes(person.name);
  const pseudonym = text.includes(person.pseudonym);
  if (name && !pseudonym) return 'name';
  if (pseudonym && !name) return 'pseudonym';
  if (!name && !pseudonym) return 'none';
  return 'name and pseudonym together' as Sight;
}

let fixture: PrivacyFixture;
const invitees: PrivacyPerson[] = [];
const cookies = new Map<ViewerKind, string>();
const coordinator: Viewer = {
  kind: 'account',
  accountId: crypto.randomUUID(),
  personId: null,
  roles: ['coordinator'],
  protectedClearance: false,
};

/** Signs in a participant account that is this person. */
async function signInAs(email: string, personId: string): Promise<string> {
  const account = await ensureAccount(fixture.t.deps, { email, displayName: 'Viewer', roles: [] });
  await fixture.t.database.db
    .update(accounts)
    .set({ personId })
    .where(eq(accounts.id, account.accountId));
  return signIn(fixture.t, { email, roles: [] });
}

/** Answers through the link: the token for a cookie, the form, the answer. Returns the pages. */
async function answerByLink(person: PrivacyPerson, token: string): Promise<string> {
  const { t } = fixture;
  const opened = await t.app.request(paths.answerLink(token));
  assert.equal(opened.status, 303);
  const cookie = opened.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const form = await formPage(t, paths.answer, cookie);
  const fields: Record<string, string> = { _csrf: form.token, choice: person.answer };
  if (person.answer === 'accept') {
    Object.assign(fields, {
      dietary: person.dietary,
      emergencyContactName: person.kin,
      emergencyContactPhone: '+1 555 0100',
      ...(person.consents ? { listConsent: 'yes' } : {}),
    });
  }
  const done = await postForm(t, paths.answer, form.cookie, fields);
  assert.equal(done.status, 200, 'the answer was taken');
  return form.html + (await done.text());
}

const answerPages = new Map<PrivacyPerson, string[]>();

before(async () => {
  fixture = await openPrivacyFixture();
  const { t } = fixture;
  const { db } = t.database;
  for (const tier of tiers) {
    for (const consents of [false, true]) {
      invitees.push(await addPrivacyPerson(fixture, tier, consents, 'accept'));
    }
  }
  const declining = await addPrivacyPerson(fixture, 'network', false, 'decline');
  invitees.push(declining, await addPrivacyPerson(fixture, 'network', false, 'maybe'));
  const outsider = await addPrivacyPerson(fixture, 'network', false, 'decline');

  const [venue] = await db
    .insert(venues)
    .values({ name: 'Esalen', country: 'US' })
    .returning({ id: venues.id });
  assert.ok(venue);
  const startsAt = new Date(Date.now() + 30 * 24 * 3600_000);
  for (const gathering of cases) {
    const [row]: { id: string }[] = await db
      .insert(gatherings)
      .values({
        title: `Retreat ${gathering.setting} ${gathering.isPublic ? 'public' : 'private'}`,
        kind: 'retreat',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 24 * 3600_000),
        timeZone: 'America/Los_Angeles',
        venueId: venue.id,
        attendeeList: gathering.setting,
        public: gathering.isPublic,
      })
      .returning({ id: gatherings.id });
    assert.ok(row);
    gathering.id = row.id;
    const ids = invitees.map((person) => person.id);
    assert.equal((await addToList(db, coordinator, row.id, ids)).added, ids.length);
    await sendInvitations(db, { id: row.id, startsAt });
  }
  await runDueJobs(fixture);
  for (const mail of await readOutbox(fixture)) {
    const person = invitees.find((candidate) => mail.recipients.includes(candidate.email));
    const [token] = answerTokens(mail.content);
    assert.ok(person && token, 'every invitation goes to an invitee and carries a link');
    fixture.tokens.add(token);
    answerPages.set(person, [
      ...(answerPages.get(person) ?? []),
      await answerByLink(person, token),
    ]);
  }
  await runDueJobs(fixture);
  // The reminder rounds fall due, as if the days before the gathering had come.
  await db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.queue, remindersQueue));
  await runDueJobs(fixture);
  // Those who came are checked in, and a follow-up message goes to them.
  const convening = { db, actor: coordinator, encryptionKey: t.deps.config.encryptionKey };
  for (const gathering of cases) {
    const held = { id: gathering.id, noRecordCheckIn: false };
    for (const person of invitees.filter((invitee) => invitee.answer === 'accept')) {
      await checkIn(convening, held, person.id);
    }
    const message = { subject: 'Thank you for coming', body: 'The notes follow **soon**.' };
    const coming = invitees.filter((invitee) => invitee.answer === 'accept');
    assert.equal(await sendFollowUp(convening, held, message), coming.length);
  }
  await runDueJobs(fixture);
  for (const mail of await readOutbox(fixture)) {
    for (const token of answerTokens(mail.content)) fixture.tokens.add(token);
  }

  const viewerAccepted = invitees.find((person) => person.tier === 'network' && !person.consents);
  assert.ok(viewerAccepted);
  cookies.set('anonymous', '');
  cookies.set('participant-accepted', await signInAs('accepted@viewers.test', viewerAccepted.id));
  cookies.set('participant-declined', await signInAs('declined@viewers.test', declining.id));
  cookies.set('participant-not-invited', await signInAs('outsider@viewers.test', outsider.id));
  cookies.set(
    'coordinator',
    await signIn(t, { email: 'coord@viewers.test', roles: ['coordinator'] }),
  );
  const cleared = await ensureAccount(t.deps, {
    email: 'cleared@viewers.test',
    displayName: 'Cleared',
    roles: ['coordinator'],
  });
  await db
    .update(accounts)
    .set({ protectedClearance: true })
    .where(eq(accounts.id, cleared.accountId));
  cookies.set(
    'cleared-coordinator',
    await signIn(t, { email: 'cleared@viewers.test', roles: ['coordinator'] }),
  );
});
after(() => fixture.t.close());

async function fetchAs(
  viewer: ViewerKind,
  path: string,
): Promise<{ status: number; text: string }> {
  const response = await fixture.t.app.request(path, {
    headers: { cookie: cookies.get(viewer) ?? '' },
  });
  return { status: response.status, text: await response.text() };
}

function checkSights(surface: string, text: string, want: (person: PrivacyPerson) => Sight): void {
  for (const person of invitees) {
    assert.equal(
      sightIn(text, person),
      want(person),
      `${surface}: ${person.tier} ${person.consents ? 'consenting' : 'silent'} ${person.answer}`,
    );
  }
}

const viewerKinds: ViewerKind[] = [
  'anonymous',
  'participant-not-invited',
  'participant-declined',
  'participant-accepted',
  'coordinator',
  'cleared-coordinator',
];

describe('attendee privacy', () => {
  it('the public page and its calendar, whoever looks', async () => {
    for (const gathering of cases) {
      for (const viewer of viewerKinds) {
        const label = `${gathering.setting}/${gathering.isPublic} as ${viewer}`;
        const page = await fetchAs(viewer, paths.publicGathering('en', gathering.id));
        assert.equal(page.status, gathering.isPublic ? 200 : 404, label);
        checkSights(`public page ${label}`, page.text, (person) =>
          gathering.isPublic ? onPublicPage(gathering, person) : 'none',
        );
        const calendar = await fetchAs(viewer, paths.publicCalendar('en', gathering.id));
        assert.equal(calendar.status, gathering.isPublic ? 200 : 404, label);
        checkSights(`public calendar ${label}`, calendar.text, () => 'none');
      }
    }
  });

  it("the invitee's page and calendars", async () => {
    for (const gathering of cases) {
      for (const viewer of viewerKinds) {
        const label = `${gathering.setting}/${gathering.isPublic} as ${viewer}`;
        const page = await fetchAs(viewer, paths.myGathering(gathering.id));
        const invited = viewer === 'participant-accepted' || viewer === 'participant-declined';
        if (invited) assert.equal(page.status, 200, label);
        else assert.notEqual(page.status, 200, label);
        checkSights(`invitee page ${label}`, page.text, (person) =>
          onInviteePage(gathering, viewer, person),
        );
        const calendar = await fetchAs(viewer, paths.myGatheringCalendar(gathering.id));
        assert.equal(calendar.status === 200, invited, `invitee calendar ${label}`);
        checkSights(`invitee calendar ${label}`, calendar.text, () => 'none');
      }
    }
    for (const viewer of viewerKinds) {
      const calendar = await fetchAs(viewer, paths.myCalendar);
      if (viewer === 'participant-accepted') assert.equal(calendar.status, 200);
      checkSights(`personal calendar as ${viewer}`, calendar.text, () => 'none');
    }
  });

  it('the staff answers page and the logistics sheet (CSV and PDF): coordinators only', async () => {
    for (const gathering of cases) {
      for (const viewer of viewerKinds) {
        const label = `${gathering.setting}/${gathering.isPublic} as ${viewer}`;
        const staff = viewer === 'coordinator' || viewer === 'cleared-coordinator';
        const answers = await fetchAs(viewer, `/gatherings/${gathering.id}/answers`);
        const csv = await fetchAs(viewer, paths.logisticsCsv(gathering.id));
        const pdf = await fetchAs(viewer, paths.logisticsPdf(gathering.id));
        for (const response of [answers, csv, pdf]) {
          assert.equal(response.status === 200, staff, label);
        }
        checkSights(`answers ${label}`, answers.text, (person) => forStaff(viewer, person, false));
        checkSights(`csv ${label}`, csv.text, (person) => forStaff(viewer, person, true));
        for (const person of invitees) {
          const kinShown = forStaff(viewer, person, true) === 'name';
          assert.equal(csv.text.includes(person.kin), kinShown, `emergency contact ${label}`);
        }
      }
      // The PDF holds the same lines; read back from its plain-text rendering.
      for (const [viewer, protectedClearance] of [
        ['coordinator', false],
        ['cleared-coordinator', true],
      ] as const) {
        const { t } = fixture;
        const sheet = await exportLogisticsSheet(
          t.database.db,
          t.deps.config.encryptionKey,
          { ...coordinator, protectedClearance },
          gathering.id,
          'pdf',
        );
        assert.ok(sheet);
        const text = pdfText(await sheetPdf(sheet, translator('en'), { forReading: true }));
        checkSights(`pdf as ${viewer}`, text, (person) => forStaff(viewer, person, true));
      }
    }
  });

  it('an answer page shows the invitee their own invitation and no one else', () => {
    assert.equal(answerPages.size, invitees.length);
    for (const [person, pages] of answerPages) {
      assert.equal(pages.length, cases.length);
      for (const other of invitees.filter((candidate) => candidate !== person)) {
        for (const secret of [other.name, other.pseudonym, other.email, other.kin]) {
          assert.ok(!pages.join('\n').includes(secret), 'an answer page named another invitee');
        }
      }
    }
  });

  it('sends every e-mail to one invitee, naming no one else', async () => {
    const mails = await readOutbox(fixture);
    const toInvitees = mails.filter((mail) =>
      invitees.some((person) => mail.recipients.includes(person.email)),
    );
    const accepted = invitees.filter((person) => person.answer === 'accept').length;
    // Invitations, a confirmation of every answer, two reminder rounds and a follow-up for
    // those coming.
    assert.equal(
      toInvitees.length,
      invitees.length * cases.length * 2 + accepted * cases.length * 3,
    );
    for (const mail of mails) {
      assert.equal(mail.recipients.length, 1, 'one recipient per message');
      assert.deepEqual(mail.addressed, mail.recipients, 'addressed to that recipient alone');
      for (const other of invitees.filter((person) => !mail.recipients.includes(person.email))) {
        for (const secret of [other.name, other.pseudonym, other.email, other.kin]) {
          assert.ok(!mail.content.includes(secret), 'a message named someone else');
        }
      }
    }
  });

  it('writes no name, address or token to the log', () => {
    const log = fixture.logLines.join('\n');
    assert.ok(fixture.logLines.length > 100, 'the log was captured');
    assert.ok(fixture.tokens.size >= invitees.length * cases.length);
    for (const person of fixture.people) {
      for (const secret of [person.name, person.pseudonym, person.email, person.kin]) {
        assert.ok(!log.includes(secret), 'a person reached the log');
      }
    }
    for (const token of fixture.tokens) assert.ok(!log.includes(token), 'a token reached the log');
  });
});
