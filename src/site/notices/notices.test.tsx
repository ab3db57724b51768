// Notices: shown inside their window only, in the page's language or the default one, with their
// severity; kept in memory, yet appearing and expiring by themselves at their boundaries; and
// the editors' form, guarded, refusing bad dates and audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { Layout } from '../../core/web/layout.tsx';
import { chooseLocale, provideDeps } from '../../core/web/request.ts';
import { pageShell } from '../../core/web/shell.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { gatherings, venues } from '../../gatherings/tables.ts';
import { nextScheduledChange } from '../cache/next-boundary.ts';
import { noticeBanners } from './banners.ts';
import { notices, noticeTexts } from './tables.ts';

const minute = 60_000;

describe('notices', () => {
  let testApp: TestApp;

  before(async () => {
    testApp = await buildTestApp();
  });
  after(() => testApp.close());

  async function addNotice(
    severity: 'info' | 'warning' | 'critical',
    startsAt: Date,
    endsAt: Date,
    message: string,
  ): Promise<string> {
    const [notice] = await testApp.deps.db
      .insert(notices)
      .values({ severity, startsAt, endsAt, linkUrl: '/en/contact' })
      .returning({ id: notices.id });
    assert.ok(notice);
    await testApp.deps.db
      .insert(noticeTexts)
      .values({ noticeId: notice.id, locale: 'en', message });
    return notice.id;
  }

  it('shows a notice inside its window only, with its severity, in the default language as fallback', async () => {
    const now = Date.now();
    await addNotice(
      'critical',
      new Date(now - minute),
      new Date(now + 60 * minute),
      'Highway 1 closed',
    );
    await addNotice(
      'info',
      new Date(now + 60 * minute),
      new Date(now + 120 * minute),
      'Later news',
    );
    await addNotice(
      'warning',
      new Date(now - 120 * minute),
      new Date(now - 60 * minute),
      'Old news',
    );
    const html = await (await testApp.app.request('/en/programs')).text();
    assert.match(html, /class="notice notice-critical"[^>]*>\s*<p>Highway 1 closed/);
    assert.match(html, /<a href="\/en\/contact">More<\/a>/);
    assert.doesNotMatch(html, /Later news|Old news/);
    const russian = await (await testApp.app.request('/ru/programs')).text();
    assert.match(russian, /Highway 1 closed/);
  });

  it('keeps notices in memory, yet they appear and expire at their boundaries', async () => {
    let clock = Date.now() + 24 * 60 * minute;
    const start = new Date(clock + 10 * minute);
    const end = new Date(clock + 20 * minute);
    await addNotice('warning', start, end, 'Venue closed tomorrow');
    const app = new Hono<AppEnv>()
      .use(provideDeps(testApp.deps), chooseLocale(), noticeBanners({ now: () => new Date(clock) }))
      .get('/en/probe', (c) =>
        c.html(
          <Layout shell={pageShell(c)} title="probe">
            probe
          </Layout>,
        ),
      );
    const shown = async () =>
      /Venue closed tomorrow/.test(await (await app.request('/en/probe')).text());
    assert.equal(await shown(), false);
    clock = start.getTime();
    assert.equal(await shown(), true, 'appears at its start without any change to the data');
    clock = end.getTime() - 1;
    assert.equal(await shown(), true);
    clock = end.getTime();
    assert.equal(await shown(), false, 'disappears at its end');
    // An editor's change raises the 'site' counter, which empties the memory at once.
    await testApp.deps.db.delete(notices).where(eq(notices.startsAt, start));
    clock = start.getTime();
    assert.equal(await shown(), false, 'a change to notices is seen at once');
  });

  it('shows as a site banner only notices marked so; an advisory kept to its gatherings still ends cached pages at its boundaries', async () => {
    const now = Date.now();
    const [venue] = await testApp.deps.db
      .insert(venues)
      .values({ name: 'Esalen', country: 'US' })
      .returning({ id: venues.id });
    assert.ok(venue);
    const advisory = async (message: string, siteBanner: boolean, startsAt: Date) => {
      const [row] = await testApp.deps.db
        .insert(notices)
        .values({ venueId: venue.id, startsAt, endsAt: new Date(now + 60 * minute), siteBanner })
        .returning({ id: notices.id });
      assert.ok(row);
      await testApp.deps.db.insert(noticeTexts).values({ noticeId: row.id, locale: 'en', message });
    };
    await advisory('Road to the venue closed', false, new Date(now - minute));
    await advisory('Wildfire near the coast', true, new Date(now - minute));
    const html = await (await testApp.app.request('/en/contact')).text();
    assert.match(html, /Wildfire near the coast/);
    assert.doesNotMatch(html, /Road to the venue closed/);
    const laterStart = new Date(now + 30 * minute);
    await advisory('Only on the gathering page', false, laterStart);
    const next = await nextScheduledChange(testApp.deps.db, new Date(now + 29 * minute));
    assert.equal(next?.getTime(), laterStart.getTime());
    // A public gathering's end is a boundary too: it moves to the past and its advisories go.
    const gatheringEnd = new Date(now + 45 * minute);
    const gathering = {
      kind: 'online_meeting' as const,
      startsAt: new Date(now - minute),
      timeZone: 'UTC',
      onlineUrl: 'https://meet.example.org/x',
    };
    await testApp.deps.db.insert(gatherings).values([
      { ...gathering, title: 'Public', endsAt: gatheringEnd, public: true },
      { ...gathering, title: 'Private', endsAt: new Date(now + 40 * minute), public: false },
    ]);
    const afterStart = await nextScheduledChange(testApp.deps.db, new Date(now + 31 * minute));
    assert.equal(afterStart?.getTime(), gatheringEnd.getTime(), 'only public gatherings count');
  });

  it('guards the editing pages', async () => {
    const signedOut = await testApp.app.request('/edit/notices');
    assert.equal(signedOut.status, 303);
    const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
    const refused = await testApp.app.request('/edit/notices', {
      headers: { cookie: participant },
    });
    assert.equal(refused.status, 404);
  });

  it('refuses malformed dates and an end before the start, saves a good notice and audits it', async () => {
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const before = (await testApp.deps.db.select().from(notices)).length;
    const fields = {
      severity: 'warning',
      startsAt: '2031-02-30 10:00',
      endsAt: '2031-03-01 10:00',
      linkUrl: '',
      message_en: 'Road closed',
    };
    const malformed = await submitForm(testApp, { cookie, from: '/edit/notices/new', fields });
    assert.equal(malformed.status, 400);
    assert.match(await malformed.text(), /Enter a date and time such as/);
    const backwards = await submitForm(testApp, {
      cookie,
      from: '/edit/notices/new',
      fields: { ...fields, startsAt: '2031-03-02 10:00' },
    });
    assert.equal(backwards.status, 400);
    assert.match(await backwards.text(), /The end must come after the start/);
    const badLink = await submitForm(testApp, {
      cookie,
      from: '/edit/notices/new',
      fields: { ...fields, startsAt: '2031-02-28 10:00', linkUrl: '//evil.example' },
    });
    assert.equal(badLink.status, 400);
    assert.equal((await testApp.deps.db.select().from(notices)).length, before);
    const saved = await submitForm(testApp, {
      cookie,
      from: '/edit/notices/new',
      fields: { ...fields, startsAt: '2031-02-28 10:00' },
    });
    assert.equal(saved.status, 303);
    const [row] = await testApp.deps.db
      .select()
      .from(notices)
      .where(eq(notices.startsAt, new Date('2031-02-28T10:00:00Z')));
    assert.ok(row);
    const audits = await testApp.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, row.id));
    assert.deepEqual(
      audits.map((event) => event.action),
      ['notice.created'],
    );
    assert.doesNotMatch(JSON.stringify(audits), /Road closed/);
  });

  it('ties an advisory to a venue or a country, not both, refuses unknown ones, and keeps site-wide notices banners', async () => {
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const [venue] = await testApp.deps.db
      .insert(venues)
      .values({ name: 'Tbilisi hall', country: 'GE' })
      .returning({ id: venues.id });
    assert.ok(venue);
    const form = await (
      await testApp.app.request('/edit/notices/new', { headers: { cookie } })
    ).text();
    assert.match(form, new RegExp(`<option value="${venue.id}">Tbilisi hall \\(GE\\)</option>`));
    const before = (await testApp.deps.db.select().from(notices)).length;
    const fields = {
      severity: 'critical',
      startsAt: '2032-04-01 00:00',
      endsAt: '2032-04-10 00:00',
      linkUrl: '',
      message_en: 'Border crossing closed',
    };
    const post = (extra: Record<string, string>) =>
      submitForm(testApp, { cookie, from: '/edit/notices/new', fields: { ...fields, ...extra } });
    const both = await post({ venueId: venue.id, country: 'GE' });
    assert.equal(both.status, 400);
    assert.match(await both.text(), /Choose a venue or a country, not both/);
    const unknownCountry = await post({ country: 'XX' });
    assert.equal(unknownCountry.status, 400);
    assert.match(await unknownCountry.text(), /Enter a two-letter country code/);
    const unknownVenue = await post({ venueId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknownVenue.status, 400);
    assert.match(await unknownVenue.text(), /Choose one of the venues listed/);
    assert.equal((await testApp.deps.db.select().from(notices)).length, before, 'nothing saved');

    assert.equal((await post({ country: 'ge' })).status, 303, 'an advisory kept off the banner');
    assert.equal((await post({ venueId: venue.id, siteBanner: 'on' })).status, 303);
    assert.equal((await post({ message_en: 'Maintenance tonight' })).status, 303);
    const saved = await testApp.deps.db
      .select()
      .from(notices)
      .where(eq(notices.startsAt, new Date('2032-04-01T00:00:00Z')));
    const summary = saved
      .map((row) => `${row.venueId ?? '-'} ${row.country ?? '-'} ${row.siteBanner}`)
      .sort();
    assert.deepEqual(
      summary,
      [`- - true`, `- GE false`, `${venue.id} - true`].sort(),
      'a notice for the whole site is always a banner',
    );
    const list = await (await testApp.app.request('/edit/notices', { headers: { cookie } })).text();
    assert.match(list, /Tbilisi hall \(also a site banner\)/);
  });
});
