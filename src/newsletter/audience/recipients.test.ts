// Who an issue reaches, over a real database: segments, the subscriber's own preferences, the
// subscriber's status, and protected people (reached at their sealed address, as the neutral
// variant).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import { contactChannels } from '../../people/tables.ts';
import { programPeople, programs } from '../../site/tables.ts';
import {
  type AudienceSegment,
  issueItems,
  newsletterIssues,
  resources,
  subscribers,
} from '../tables.ts';
import { resolveRecipients, unsubscribeHeaders } from './recipients.ts';
import { verifyToken } from './tokens.ts';

const noSegment: AudienceSegment = { countries: [], programIds: [], languages: [] };

describe('the recipients of an issue', () => {
  let testApp: TestApp;
  const person: Record<string, string> = {};
  const subscriber: Record<string, string> = {};
  let issueId: string;
  let programId: string;

  async function subscribe(
    name: string,
    status: 'pending' | 'active' | 'unsubscribed' | 'suspended',
    preferences: { topics?: string[]; languages?: string[] } = {},
  ) {
    const [row] = await testApp.deps.db
      .insert(subscribers)
      .values({ personId: person[name] as string, status, ...preferences })
      .returning();
    subscriber[name] = row?.id as string;
  }

  async function names(segment: AudienceSegment): Promise<string[]> {
    const found = await resolveRecipients(
      testApp.deps.db,
      { id: issueId, segment },
      testApp.deps.config,
    );
    const nameOf = new Map(Object.entries(subscriber).map(([name, id]) => [id, name]));
    return found.map((recipient) => nameOf.get(recipient.subscriberId) as string).sort();
  }

  before(async () => {
    testApp = await buildTestApp({ env: { PUBLIC_URL: 'https://tracktwo.test' } });
    const { db, config } = testApp.deps;
    const key = config.encryptionKey;
    person.anna = await addPerson(db, key, {
      displayName: 'Anna Orlova',
      residence: 'RU',
      languages: ['ru', 'en'],
      email: 'anna@example.org',
    });
    person.bohdan = await addPerson(db, key, {
      displayName: 'Bohdan Kravets',
      tier: 'staff',
      residence: 'PL',
      citizenships: ['UA'],
      languages: ['uk'],
      email: 'bohdan@example.org',
    });
    person.dana = await addPerson(db, key, {
      displayName: 'Dana Secret',
      tier: 'protected',
      residence: 'IL',
      languages: ['he'],
      email: 'dana@example.org',
    });
    person.eve = await addPerson(db, key, {
      displayName: 'Eve Climate',
      residence: 'DE',
      languages: ['de'],
      email: 'eve@example.org',
    });
    person.noah = await addPerson(db, key, { displayName: 'Noah Nomail', residence: 'US' });
    for (const name of ['pat', 'sam', 'una']) {
      person[name] = await addPerson(db, key, {
        displayName: name,
        residence: 'US',
        email: `${name}@example.org`,
      });
    }
    await subscribe('anna', 'active');
    await subscribe('bohdan', 'active', { topics: ['russia_ukraine_war'] });
    await subscribe('dana', 'active', { languages: ['en'] });
    await subscribe('eve', 'active', { topics: ['climate'] });
    await subscribe('noah', 'active');
    await subscribe('pat', 'pending');
    await subscribe('sam', 'suspended');
    await subscribe('una', 'unsubscribed');

    const [program] = await db
      .insert(programs)
      .values({ slug: 'track-two', name: 'Track two' })
      .returning();
    programId = program?.id as string;
    await db.insert(programPeople).values({ programId, personId: person.bohdan as string });

    const made = await db
      .insert(resources)
      .values([
        {
          title: 'Front line report',
          language: 'en',
          topic: 'russia_ukraine_war',
          sourceLabel: 'independent',
        },
        {
          title: 'Ceasefire talks',
          language: 'ru',
          topic: 'israel_hamas_war',
          sourceLabel: 'analysis',
        },
      ])
      .returning();
    const [issue] = await db
      .insert(newsletterIssues)
      .values({ number: 1, title: 'Weekly reading' })
      .returning();
    issueId = issue?.id as string;
    await db
      .insert(issueItems)
      .values(made.map((resource, position) => ({ issueId, resourceId: resource.id, position })));
  });
  after(async () => {
    await testApp.close();
  });

  test('active subscribers whose preferences want the issue, with an address, and no others', async () => {
    // Eve wants only climate (the issue has none); Noah has no address; Pat, Sam and Una are
    // pending, suspended and unsubscribed.
    assert.deepEqual(await names(noSegment), ['anna', 'bohdan', 'dana']);
  });

  test('segments by country (residence or citizenship), program and language', async () => {
    assert.deepEqual(await names({ ...noSegment, countries: ['UA'] }), ['bohdan']);
    assert.deepEqual(await names({ ...noSegment, countries: ['RU', 'IL'] }), ['anna', 'dana']);
    assert.deepEqual(await names({ ...noSegment, programIds: [programId] }), ['bohdan']);
    assert.deepEqual(await names({ ...noSegment, languages: ['he', 'en'] }), ['anna', 'dana']);
    assert.deepEqual(await names({ ...noSegment, countries: ['RU'], languages: ['uk'] }), []);
  });

  test('a protected person gets the neutral variant, at the address sealed in the database', async () => {
    const [sealed] = await testApp.deps.db
      .select()
      .from(contactChannels)
      .where(eq(contactChannels.personId, person.dana as string));
    assert.equal(sealed?.value, null, 'the address is not in clear in the database');
    const found = await resolveRecipients(
      testApp.deps.db,
      { id: issueId, segment: noSegment },
      testApp.deps.config,
    );
    const dana = found.find((recipient) => recipient.personId === person.dana);
    assert.deepEqual(dana, {
      subscriberId: subscriber.dana,
      personId: person.dana,
      address: 'dana@example.org',
      greetingName: null,
      variant: 'neutral',
      locale: 'he',
    });
    const anna = found.find((recipient) => recipient.personId === person.anna);
    assert.equal(anna?.variant, 'standard');
    assert.equal(anna?.greetingName, 'Anna Orlova');
    assert.equal(anna?.locale, 'ru', 'the first of her languages the interface speaks');
    assert.equal(found.find((recipient) => recipient.personId === person.bohdan)?.locale, 'uk');
  });

  test('the unsubscribe headers carry a signed link for RFC 8058 one-click', () => {
    const headers = unsubscribeHeaders(testApp.deps.config, subscriber.anna as string);
    assert.equal(headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    const match = /^<https:\/\/tracktwo\.test\/newsletter\/unsubscribe\/([^>]+)>$/.exec(
      headers['List-Unsubscribe'],
    );
    assert.ok(match, headers['List-Unsubscribe']);
    assert.equal(
      verifyToken(testApp.deps.config.secret, 'unsubscribe', match[1] as string),
      subscriber.anna,
    );
  });
});
