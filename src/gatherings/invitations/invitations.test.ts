// The invitation list and its mail, over the real app, database, job workers and an SMTP server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { jobs } from '../../core/jobs/tables.ts';
import { type SmtpSink, startSmtpSink } from '../../core/mail/testing.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../../core/web/testing.ts';
import { notices, noticeTexts } from '../../site/notices/tables.ts';
import { programPeople, programs } from '../../site/tables.ts';
import { attendance, gatherings, invitations } from '../tables.ts';
import { findInvitationByToken } from './answer-token.ts';
import { listBalance } from './list.ts';
import { invitationRoutes } from './routes.tsx';
import { invitationMailQueue, reminderMailQueue, remindersQueue } from './sending.ts';
import { addGathering, addPerson, coordinator, runDueJobs } from './testing.ts';

const everyone = {
  anna: {
    displayName: 'Anna Orlova',
    residence: 'RU',
    languages: ['ru'],
    fields: ['energy'],
    email: 'anna@example.org',
  },
  bohdan: {
    displayName: 'Bohdan Kravets',
    tier: 'network',
    residence: 'UA',
    citizenships: ['UA'],
    languages: ['uk', 'en'],
    email: 'bohdan@example.org',
  },
  carl: {
    displayName: 'Carl Weber',
    residence: 'DE',
    citizenships: ['RU'],
    languages: ['de'],
    email: 'carl@example.org',
  },
  dana: {
    displayName: 'Dana Secret',
    tier: 'protected',
    pseudonym: 'Heron',
    residence: 'UA',
    languages: ['he'],
    email: 'dana@example.org',
  },
  eli: { displayName: 'Eli Nomail', residence: 'IL' },
} as const;
type Name = keyof typeof everyone;

describe('gathering invitations', () => {
  let testApp: TestApp;
  let sink: SmtpSink;
  const ids = {} as Record<Name, string>;
  let gathering: typeof gatherings.$inferSelect;
  const uncleared = coordinator(false);
  const cleared = coordinator(true);
  const path = () => `/gatherings/${gathering.id}/invitations`;

  before(async () => {
    sink = await startSmtpSink();
    testApp = await buildTestApp({
      env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://tracktwo.test' },
    });
    const { db, config } = testApp.deps;
    for (const [name, person] of Object.entries(everyone) as [Name, (typeof everyone)[Name]][]) {
      ids[name] = await addPerson(db, config.encryptionKey, {
        ...person,
        citizenships: 'citizenships' in person ? [...person.citizenships] : [],
        languages: 'languages' in person ? [...person.languages] : [],
        fields: 'fields' in person ? [...person.fields] : [],
      });
    }
    ({ gathering } = await addGathering(db));
  });
  after(async () => {
    await testApp.close();
    await sink.close();
  });

  function app(viewer: Viewer) {
    return mountAs(testApp.deps, viewer, '/gatherings/:id/invitations', invitationRoutes);
  }
  async function post(viewer: Viewer, to: string, fields: [string, string][]) {
    return app(viewer).request(`${path()}${to}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
  async function search(viewer: Viewer, fields: [string, string][]) {
    const response = await post(viewer, '/search', fields);
    return { status: response.status, html: await response.text() };
  }
  const candidatesIn = (html: string) =>
    [...html.matchAll(/data-person="([^"]+)"/g)].map((match) => match[1]);

  test('a staff member without the coordinator role finds nothing there', async () => {
    const editor: Viewer = { ...(uncleared as Viewer & { kind: 'account' }), roles: ['editor'] };
    assert.equal((await app(editor).request(path())).status, 404);
  });

  test('filters go through the privacy gate', async () => {
    // Country is residence or citizenship; a protected person never answers a filter on what
    // uncleared staff may not see of them, and never by real name.
    let found = await search(uncleared, [['country', 'ru']]);
    assert.deepEqual(new Set(candidatesIn(found.html)), new Set([ids.anna, ids.carl]));
    found = await search(uncleared, [['country', 'UA']]);
    assert.deepEqual(candidatesIn(found.html), [ids.bohdan]);
    assert.doesNotMatch(found.html, /Dana|Secret|Heron/);
    found = await search(uncleared, [['name', 'Dana']]);
    assert.deepEqual(candidatesIn(found.html), []);
    assert.doesNotMatch(found.html, /Dana Secret/);
    found = await search(uncleared, [['name', 'Hero']]);
    assert.deepEqual(candidatesIn(found.html), [ids.dana]);
    assert.doesNotMatch(found.html, /Dana Secret|dana@example/);
    found = await search(cleared, [['country', 'UA']]);
    assert.deepEqual(new Set(candidatesIn(found.html)), new Set([ids.bohdan, ids.dana]));
    assert.match(found.html, /Dana Secret/);
    // Field, language, program, ties.
    assert.deepEqual(candidatesIn((await search(uncleared, [['field', 'energy']])).html), [
      ids.anna,
    ]);
    assert.deepEqual(candidatesIn((await search(uncleared, [['language', 'uk']])).html), [
      ids.bohdan,
    ]);
    const { db } = testApp.deps;
    const [program] = await db
      .insert(programs)
      .values({ slug: 'dialogue', name: 'Dialogue' })
      .returning();
    assert.ok(program);
    await db.insert(programPeople).values({ programId: program.id, personId: ids.bohdan });
    assert.deepEqual(candidatesIn((await search(uncleared, [['programId', program.id]])).html), [
      ids.bohdan,
    ]);
    const { gathering: past } = await addGathering(db, -400);
    await db
      .insert(attendance)
      .values(
        [ids.anna, ids.carl, ids.dana].map((personId) => ({ gatheringId: past.id, personId })),
      );
    assert.deepEqual(candidatesIn((await search(uncleared, [['tiesTo', ids.anna]])).html), [
      ids.carl,
    ]);
    assert.deepEqual(
      new Set(candidatesIn((await search(cleared, [['tiesTo', ids.anna]])).html)),
      new Set([ids.carl, ids.dana]),
    );
    // Whom a protected person met stays hidden from uncleared staff.
    assert.deepEqual(candidatesIn((await search(uncleared, [['tiesTo', ids.dana]])).html), []);
    // A name in the URL is no search; bad input is a clear error.
    const byUrl = await (await app(uncleared).request(`${path()}?name=Anna`)).text();
    assert.deepEqual(candidatesIn(byUrl), []);
    const bad = await search(uncleared, [['country', 'Russia']]);
    assert.equal(bad.status, 400);
    assert.match(bad.html, /A country is two letters/);
  });

  test('people are added once; a duplicate is said so and changes nothing', async () => {
    const response = await post(
      uncleared,
      '/add',
      (['anna', 'bohdan', 'carl', 'dana', 'eli'] as Name[]).map((name) => ['person', ids[name]]),
    );
    assert.equal(response.status, 303);
    const again = await post(uncleared, '/add', [['person', ids.anna]]);
    assert.match(again.headers.get('set-cookie') ?? '', /tt_flash=/);
    const rows = await testApp.deps.db
      .select()
      .from(invitations)
      .where(eq(invitations.gatheringId, gathering.id));
    assert.equal(rows.length, 5);
    assert.ok(rows.every((row) => row.state === 'listed'));
    const page = await (await app(uncleared).request(path())).text();
    assert.match(page, /Heron/);
    assert.doesNotMatch(page, /Dana Secret|dana@example/);
    assert.equal(page.match(/no e-mail address/g)?.length, 1, 'only Eli lacks an address');
    const listedNow = await search(uncleared, [['country', 'IL']]);
    assert.match(listedNow.html, /on the list/);
  });

  test('the balance counts by country and side, protected ones undisclosed to uncleared staff', async () => {
    const { db } = testApp.deps;
    const balance = await listBalance(db, uncleared, gathering);
    const sides = Object.fromEntries((balance.bySide ?? []).map((row) => [row.key, row.current]));
    assert.deepEqual(sides, { RU: 2, UA: 1, '': 1 });
    assert.deepEqual(balance.undisclosed, { current: 1, accepted: 0 });
    const full = await listBalance(db, cleared, gathering);
    assert.equal(full.bySide?.find((row) => row.key === 'UA')?.current, 2);
    assert.equal(full.byCountry.find((row) => row.key === 'UA')?.current, 2);
    await db
      .update(invitations)
      .set({ state: 'declined' })
      .where(eq(invitations.personId, ids.carl));
    const after = await listBalance(db, cleared, gathering);
    assert.equal(after.bySide?.find((row) => row.key === 'RU')?.current, 1);
    await db.update(invitations).set({ state: 'listed' }).where(eq(invitations.personId, ids.carl));
    const page = await (await app(uncleared).request(path())).text();
    assert.match(page, /data-balance="undisclosed"/);
  });

  test('sending mails each invitee alone, in their language, with a link of their own', async () => {
    const { db } = testApp.deps;
    assert.equal((await post(uncleared, '/send', [])).status, 303);
    await runDueJobs(testApp, [invitationMailQueue]);
    assert.equal(sink.received.length, 4);
    const addresses = Object.values(everyone).flatMap((person) =>
      'email' in person ? [person.email] : [],
    );
    const names = Object.values(everyone)
      .flatMap((person) => ['pseudonym' in person ? person.pseudonym : '', person.displayName])
      .filter(Boolean);
    const subjects = new Map<string, string>();
    for (const mail of sink.received) {
      assert.equal(mail.envelope.to.length, 1);
      const [address] = mail.envelope.to;
      assert.ok(address);
      const parsed = await simpleParser(mail.raw);
      subjects.set(address, parsed.subject ?? '');
      const text = `${parsed.subject}\n${parsed.text}\n${mail.raw.toString('latin1')}`;
      for (const other of addresses.filter((value) => value !== address))
        assert.ok(!text.includes(other), `no ${other} in ${address}'s mail`);
      for (const name of names)
        assert.ok(!(parsed.text ?? '').includes(name), `no ${name} in a mail`);
      const token = /https:\/\/tracktwo\.test\/answer\/([A-Za-z0-9_-]{43})/.exec(
        parsed.text ?? '',
      )?.[1];
      assert.ok(token, 'the mail holds an answer link');
      const invitation = await findInvitationByToken(db, token);
      const owner = (Object.keys(everyone) as Name[]).find(
        (name) => 'email' in everyone[name] && everyone[name].email === address,
      );
      assert.equal(
        invitation?.personId,
        owner && ids[owner],
        'the link opens the recipient’s own invitation',
      );
      assert.equal(
        await findInvitationByToken(db, token, gathering.startsAt),
        undefined,
        'it expires at the start',
      );
    }
    assert.match(subjects.get('anna@example.org') ?? '', /Приглашение/);
    assert.match(subjects.get('bohdan@example.org') ?? '', /Запрошення/);
    assert.match(subjects.get('carl@example.org') ?? '', /Invitation/);
    assert.match(subjects.get('dana@example.org') ?? '', /הזמנה/);
    const rows = await db
      .select()
      .from(invitations)
      .where(eq(invitations.gatheringId, gathering.id));
    assert.equal(
      rows.find((row) => row.personId === ids.eli)?.state,
      'listed',
      'no address: still listed',
    );
    assert.ok(rows.filter((row) => row.state === 'invited').every((row) => row.invitedAt !== null));
    assert.equal(
      (await db.select().from(gatherings).where(eq(gatherings.id, gathering.id)))[0]?.status,
      'inviting',
    );
    // A retry of a job that already mailed sends nothing (and no second link).
    const annaInvitation = rows.find((row) => row.personId === ids.anna);
    assert.ok(annaInvitation);
    await testApp.deps.handlers.jobs.run(
      invitationMailQueue,
      { invitationId: annaInvitation.id },
      { jobId: 0, attempt: 2, signal: new AbortController().signal },
    );
    assert.equal(sink.received.length, 4);
    assert.equal(
      (await db.select().from(invitations).where(eq(invitations.id, annaInvitation.id)))[0]
        ?.answerTokenHash,
      annaInvitation.answerTokenHash,
    );
    // The token is nowhere in the jobs table; the payload is the invitation id alone.
    const mailJobs = await db.select().from(jobs).where(eq(jobs.queue, invitationMailQueue));
    assert.ok(
      mailJobs.every((job) => Object.keys(job.payload as object).join() === 'invitationId'),
    );
    // Sent invitations cannot be removed; reminders wait for their day.
    const removed = await post(uncleared, '/remove', [['invitation', annaInvitation.id]]);
    assert.equal(removed.status, 303);
    assert.equal(
      (await db.select().from(invitations).where(eq(invitations.id, annaInvitation.id))).length,
      1,
    );
    const rounds = await db.select().from(jobs).where(eq(jobs.queue, remindersQueue));
    const days = rounds
      .map((job) => Math.round((gathering.startsAt.getTime() - job.runAt.getTime()) / 86_400_000))
      .sort();
    assert.deepEqual(days, [1, 7]);
  });

  test('reminders go to the accepted only, with advisories and a fresh link; none once moved', async () => {
    const { db } = testApp.deps;
    const before = sink.received.length;
    await db
      .update(invitations)
      .set({ state: 'accepted' })
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, ids.anna)));
    await db
      .update(invitations)
      .set({ state: 'cancelled' })
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, ids.bohdan)));
    const [notice] = await db
      .insert(notices)
      .values({
        startsAt: new Date(),
        endsAt: gathering.endsAt,
        country: 'US',
        siteBanner: false,
        severity: 'warning',
      })
      .returning();
    assert.ok(notice);
    await db
      .insert(noticeTexts)
      .values({ noticeId: notice.id, locale: 'ru', message: 'Дорога Хайвей 1 закрыта' });
    const [round] = await db.select().from(jobs).where(eq(jobs.queue, remindersQueue)).limit(1);
    assert.ok(round);
    // The round, run now as its day had come.
    await db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, round.id));
    await runDueJobs(testApp, [remindersQueue, reminderMailQueue]);
    const reminders = sink.received.slice(before);
    assert.equal(reminders.length, 1);
    assert.deepEqual(reminders[0]?.envelope.to, ['anna@example.org']);
    const parsed = await simpleParser(reminders[0]?.raw ?? Buffer.alloc(0));
    assert.match(parsed.text ?? '', /Хайвей 1 закрыта/);
    const token = /\/answer\/([A-Za-z0-9_-]{43})/.exec(parsed.text ?? '')?.[1];
    assert.ok(token);
    assert.equal((await findInvitationByToken(db, token))?.personId, ids.anna);
    // Moved: the round planned for the old start sends nothing.
    const reminderPayload = {
      invitationId: (await findInvitationByToken(db, token))?.id,
      startsAt: gathering.startsAt.toISOString(),
      daysBefore: 7,
    };
    await db
      .update(gatherings)
      .set({ startsAt: new Date(gathering.startsAt.getTime() + 86_400_000) })
      .where(eq(gatherings.id, gathering.id));
    const context = { jobId: 0, attempt: 1, signal: new AbortController().signal };
    await testApp.deps.handlers.jobs.run(reminderMailQueue, reminderPayload, context);
    await testApp.deps.handlers.jobs.run(
      remindersQueue,
      { gatheringId: gathering.id, startsAt: gathering.startsAt.toISOString(), daysBefore: 1 },
      context,
    );
    await runDueJobs(testApp, [reminderMailQueue]);
    assert.equal(sink.received.length, before + 1);
    // Back in place but archived: nothing either; and no longer accepted: nothing.
    await db
      .update(gatherings)
      .set({ startsAt: gathering.startsAt, status: 'archived' })
      .where(eq(gatherings.id, gathering.id));
    await testApp.deps.handlers.jobs.run(reminderMailQueue, reminderPayload, context);
    await db.update(gatherings).set({ status: 'inviting' }).where(eq(gatherings.id, gathering.id));
    await db
      .update(invitations)
      .set({ state: 'declined' })
      .where(and(eq(invitations.gatheringId, gathering.id), eq(invitations.personId, ids.anna)));
    await testApp.deps.handlers.jobs.run(reminderMailQueue, reminderPayload, context);
    assert.equal(sink.received.length, before + 1);
  });
});
