// Opens and clicks: off by default, never for the neutral variant, recorded once, and a click
// leads only to the address signed into its token.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../core/config.ts';
import { buildTestApp, type TestApp, testSecret } from '../../core/web/testing.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import { deliveries, newsletterIssues, subscribers } from '../tables.ts';
import { signToken } from './tokens.ts';
import { trackingFor } from './tracking.ts';

describe('newsletter tracking', () => {
  let testApp: TestApp;
  let deliveryId: number;

  before(async () => {
    testApp = await buildTestApp({
      env: { PUBLIC_URL: 'https://news.test', NEWSLETTER_TRACKING: 'true' },
    });
    const { db, config } = testApp.deps;
    const personId = await addPerson(db, config.encryptionKey, {
      displayName: 'Reader',
      email: 'reader@example.org',
    });
    const [subscriber] = await db.insert(subscribers).values({ personId }).returning();
    const [issue] = await db
      .insert(newsletterIssues)
      .values({ number: 7, title: 'Weekly reading' })
      .returning();
    const [delivery] = await db
      .insert(deliveries)
      .values({ issueId: issue?.id as string, subscriberId: subscriber?.id as string })
      .returning();
    deliveryId = delivery?.id as number;
  });
  after(() => testApp.close());

  async function delivery() {
    const [row] = await testApp.deps.db
      .select()
      .from(deliveries)
      .where(eq(deliveries.id, deliveryId));
    return row;
  }

  test('off by default, and never for the neutral variant', () => {
    const defaults = loadConfig({ TRACKTWO_DATA: '/nonexistent', SECRET: testSecret });
    assert.equal(defaults.newsletter.tracking, false);
    assert.equal(trackingFor(defaults, 1, 'standard'), null);
    assert.equal(trackingFor(testApp.deps.config, 1, 'neutral'), null);
    assert.ok(trackingFor(testApp.deps.config, 1, 'standard'));
  });

  test('the pixel records the first open only', async () => {
    const tracking = trackingFor(testApp.deps.config, deliveryId, 'standard');
    assert.ok(tracking);
    const path = new URL(tracking.openPixelUrl).pathname;
    const response = await testApp.app.request(path);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/gif');
    const firstOpen = (await delivery())?.openedAt;
    assert.ok(firstOpen);
    await testApp.app.request(path);
    assert.deepEqual((await delivery())?.openedAt, firstOpen);
  });

  test('a click goes to the address in its token and nowhere else', async () => {
    const tracking = trackingFor(testApp.deps.config, deliveryId, 'standard');
    assert.ok(tracking);
    const target = 'https://outlet.example.org/article?id=5';
    const path = new URL(tracking.clickUrl(target)).pathname;
    const response = await testApp.app.request(path);
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), target);
    assert.ok((await delivery())?.clickedAt);

    // No way to point the route elsewhere: a query is ignored, a forged or altered token is not
    // followed, and a token of another purpose or for the pixel leads nowhere.
    const withQuery = await testApp.app.request(`${path}?url=https://evil.example.net/`);
    assert.equal(withQuery.headers.get('location'), target);
    const { secret } = testApp.deps.config;
    const forged = signToken(`${secret}-not`, 'track', `c:${deliveryId}:https://evil.example.net/`);
    assert.equal((await testApp.app.request(`/newsletter/t/c/${forged}`)).status, 404);
    const otherPurpose = signToken(
      secret,
      'preferences',
      `c:${deliveryId}:https://evil.example.net/`,
    );
    assert.equal((await testApp.app.request(`/newsletter/t/c/${otherPurpose}`)).status, 404);
    const openToken = new URL(tracking.openPixelUrl).pathname.split('/').pop();
    assert.equal((await testApp.app.request(`/newsletter/t/c/${openToken}`)).status, 404);
    const script = signToken(secret, 'track', `c:${deliveryId}:javascript:alert(1)`);
    assert.equal((await testApp.app.request(`/newsletter/t/c/${script}`)).status, 404);
  });
});
