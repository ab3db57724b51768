import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { runJobs } from '../../accounts/testing.ts';
import { translator } from '../../core/i18n/i18n.ts';
import { listOutbox, readOutboxMessage } from '../../core/mail/outbox-queries.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { buildTestApp, formPage, mountAs, postForm, type TestApp } from '../../core/web/testing.ts';
import { type Answer, submitAnswer } from './answers.ts';
import { exportLogisticsSheet, sheetPdf } from './logistics-sheet.ts';
import { answerStaffRoutes, logisticsExportRoutes } from './staff-routes.tsx';
import { invitationState, seedGathering, seedInvitee, type TestInvitee } from './testing.ts';

const coordinator: Viewer = {
  kind: 'account',
  accountId: '00000000-0000-0000-0000-00000000c00d',
  personId: null,
  roles: ['coordinator'],
  protectedClearance: false,
};
const participant: Viewer = { ...coordinator, roles: [] };
const logistics = (dietary: string, contact: string): Answer => ({
  choice: 'accept',
  listConsent: false,
  logistics: {
    arrival: null,
    departure: null,
    dietary,
    accessibility: '',
    needsVisaLetter: true,
    emergencyContactName: contact,
    emergencyContactPhone: '+1 555 0100',
  },
});

describe('answer pages and the logistics sheet', () => {
  let testApp: TestApp;
  let gathering: string;
  let guest: TestInvitee;

  before(async () => {
    testApp = await buildTestApp();
    gathering = await seedGathering(testApp.deps.db, 10);
    guest = await seedInvitee(testApp.deps.db, testApp.deps.config.encryptionKey, gathering, {
      name: 'Olena Public',
      email: 'olena@example.org',
    });
  });
  after(async () => {
    await testApp.close();
  });

  async function latestLink(email: string): Promise<string | undefined> {
    const { messages } = await listOutbox(testApp.deps.db, { page: 1, pageSize: 100 });
    const newest = messages.find((message) => message.recipients.includes(email));
    const message = newest && (await readOutboxMessage(testApp.deps.db, newest.id));
    const link = message?.text?.match(/https?:\/\/\S+\/answer\/\S+/)?.[0];
    return link && new URL(link).pathname;
  }

  it('answers without an account; the used link dies and the mailed one works', async () => {
    const opened = await testApp.app.request(`/answer/${guest.token}`);
    assert.equal(opened.status, 303);
    assert.equal(opened.headers.get('location'), '/answer');
    const cookie = opened.headers.getSetCookie().find((value) => value.startsWith('tt_answer='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\/answer/);
    const page = await formPage(testApp, '/answer', cookie.split(';')[0]);
    assert.match(page.html, /Retreat on the coast/);
    assert.doesNotMatch(page.html, /Olena/, 'no names on the page, not even their own');

    const refused = await postForm(testApp, '/answer', page.cookie, {
      _csrf: page.token,
      choice: 'accept',
      arrival: '2030-01-05T10:00',
      departure: '2030-01-04T10:00',
    });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Departure must come after arrival/);
    assert.equal(await invitationState(testApp.deps.db, guest.invitationId), 'invited');

    const noCsrf = await postForm(testApp, '/answer', page.cookie, { choice: 'decline' });
    assert.ok(noCsrf.status >= 400);
    const done = await postForm(testApp, '/answer', page.cookie, {
      _csrf: page.token,
      choice: 'accept',
      dietary: 'Vegetarian',
    });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /You are coming/);
    assert.equal(await invitationState(testApp.deps.db, guest.invitationId), 'accepted');

    const reused = await testApp.app.request(`/answer/${guest.token}`);
    assert.equal(reused.status, 410);
    const again = await postForm(testApp, '/answer', page.cookie, {
      _csrf: page.token,
      choice: 'decline',
    });
    assert.equal(again.status, 410);

    await runJobs(testApp);
    const link = await latestLink(guest.email);
    assert.ok(link && link !== `/answer/${guest.token}`, 'a new link was mailed');
    assert.equal((await testApp.app.request(link)).status, 303);
  });

  it('gives the same answer for unknown, tampered and expired links', async () => {
    const unknown = await testApp.app.request(`/answer/${'a'.repeat(43)}`);
    const mangled = await testApp.app.request('/answer/short');
    const noCookie = await testApp.app.request('/answer');
    const bodies = await Promise.all(
      [unknown, mangled, noCookie].map((response) => response.text()),
    );
    for (const response of [unknown, mangled, noCookie]) assert.equal(response.status, 410);
    assert.ok(
      bodies.every(
        (body) => body.includes('ask the organizers') || body.includes('Ask the organizers'),
      ),
    );
  });

  it('keeps staff pages from signed-out visitors and participants', async () => {
    for (const path of ['answers', 'logistics.csv', 'logistics.pdf']) {
      const response = await testApp.app.request(`/gatherings/${gathering}/${path}`);
      assert.equal(response.status, 303);
      assert.match(response.headers.get('location') ?? '', /^\/sign-in/);
    }
    const asParticipant = mountAs(
      testApp.deps,
      participant,
      '/gatherings/:id',
      logisticsExportRoutes,
    );
    assert.equal(
      (await asParticipant.request(`/gatherings/${gathering}/logistics.csv`)).status,
      404,
    );
    const answers = mountAs(
      testApp.deps,
      participant,
      '/gatherings/:id/answers',
      answerStaffRoutes,
    );
    assert.equal((await answers.request(`/gatherings/${gathering}/answers`)).status, 404);
  });

  it('shows a protected invitee to uncleared staff by pseudonym, without the emergency contact', async () => {
    const { db, config } = testApp.deps;
    const hidden = await seedInvitee(db, config.encryptionKey, gathering, {
      name: 'Secret Realname',
      email: 'secret@example.org',
      tier: 'protected',
      pseudonym: 'Heron',
    });
    const open = await seedInvitee(db, config.encryptionKey, gathering, {
      name: 'Open Person',
      email: 'open@example.org',
    });
    const keyed = { db, encryptionKey: config.encryptionKey };
    await submitAnswer(keyed, hidden.token, logistics('Gluten free', 'Mother Realname'));
    await submitAnswer(keyed, open.token, logistics('Halal', 'Brother Open'));

    const answers = mountAs(
      testApp.deps,
      coordinator,
      '/gatherings/:id/answers',
      answerStaffRoutes,
    );
    const html = await (await answers.request(`/gatherings/${gathering}/answers`)).text();
    assert.match(html, /Heron/);
    assert.match(html, /Gluten free/);
    assert.match(html, /Brother Open/);
    assert.doesNotMatch(html, /Realname/);

    const exports = mountAs(testApp.deps, coordinator, '/gatherings/:id', logisticsExportRoutes);
    const csv = await exports.request(`/gatherings/${gathering}/logistics.csv`);
    assert.equal(csv.status, 200);
    const rows: string[][] = parse((await csv.text()).replace(/^\uFEFF/, ''));
    const heron = rows.find((row) => row[0] === 'Heron');
    assert.ok(heron?.includes('Gluten free'));
    assert.ok(heron);
    assert.equal(heron.at(-1), '');
    assert.ok(rows.some((row) => row[0] === 'Open Person' && row.at(-1)?.includes('Brother Open')));
    assert.ok(!rows.flat().some((cell) => cell.includes('Realname')));

    const pdf = await exports.request(`/gatherings/${gathering}/logistics.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );

    // The same sheet, uncompressed in a standard font, read back as text.
    const sheet = await exportLogisticsSheet(
      db,
      config.encryptionKey,
      coordinator,
      gathering,
      'pdf',
    );
    assert.ok(sheet);
    const text = pdfText(await sheetPdf(sheet, translator('en'), { forReading: true }));
    assert.match(text, /Heron/);
    assert.match(text, /Brother Open/);
    assert.doesNotMatch(text, /Realname/);
  });
});

/** The text of an uncompressed PDF written by pdfkit in a standard font (hex strings in TJ). */
function pdfText(pdf: Buffer): string {
  const hexStrings = pdf.toString('latin1').match(/<([0-9a-f]+)>/gi) ?? [];
  return hexStrings.map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join('');
}
