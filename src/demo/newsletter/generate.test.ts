import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateDemo } from '../generate.ts';
import { generateNewsletter, sentIssues } from './generate.ts';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-04T10:00:00Z');

function generate(at: Date, people?: number) {
  const content = generateDemo({ people });
  return { content, demo: generateNewsletter(content, at) };
}

describe('generating the demo newsletter', () => {
  const { content, demo } = generate(now);

  test('the same seed and load time give the same rows', () => {
    assert.equal(JSON.stringify(generate(now).demo), JSON.stringify(demo));
  });

  test('a year of weekly issues up to last week, numbered in order, and a draft for this week', () => {
    const sent = demo.issues.filter((issue) => issue.status === 'sent');
    assert.equal(sent.length, sentIssues);
    const [draft, ...others] = demo.issues.filter((issue) => issue.status === 'draft');
    assert.ok(draft);
    assert.deepEqual(others, []);
    const last = sent.at(-1)?.sentAt;
    assert.ok(last && last < now && now.getTime() - last.getTime() < 14 * day);
    for (const [index, issue] of sent.entries()) {
      const next = demo.issues[index + 1];
      assert.ok(next && issue.sentAt && next.number === issue.number + 1);
      if (next.sentAt) assert.equal(next.sentAt.getTime() - issue.sentAt.getTime(), 7 * day);
    }
    const publicCount = sent.filter((issue) => issue.public).length;
    assert.ok(publicCount >= 8 && publicCount <= 30, `${publicCount} public`);
  });

  test('each issue holds 12 to 24 resources of its own, saved before it went out', () => {
    const savedAt = new Map(demo.resources.map((resource) => [resource.id, resource.createdAt]));
    const used = new Set<string>();
    for (const issue of demo.issues) {
      const items = demo.issueItems.filter((item) => item.issueId === issue.id);
      assert.ok(items.length >= 12 && items.length <= 24, `${items.length} items`);
      for (const item of items) {
        assert.ok(!used.has(item.resourceId), 'a resource appears in one issue');
        used.add(item.resourceId);
        assert.ok((savedAt.get(item.resourceId) ?? now) < (issue.sentAt ?? now));
      }
    }
    assert.ok(demo.resources.every((resource) => resource.createdAt < now));
  });

  test('resources spread over topics, languages and source labels, with invented outlets only', () => {
    const kinds = (pick: (resource: (typeof demo.resources)[number]) => string) =>
      new Set(demo.resources.map(pick));
    assert.equal(kinds((resource) => resource.topic).size, 5);
    assert.deepEqual([...kinds((resource) => resource.language)].sort(), [
      'ar',
      'de',
      'en',
      'he',
      'ru',
      'uk',
    ]);
    assert.equal(kinds((resource) => resource.sourceLabel).size, 6);
    for (const { url } of demo.resources) {
      assert.ok(url === '' || new URL(url).hostname.endsWith('.example'), url);
    }
  });

  test('every subscriber and replier is a demo person, even in a tiny demo, in every status', () => {
    const tiny = generate(now, 25);
    const known = new Set(tiny.content.people.map((person) => person.id));
    const referred = [...tiny.demo.subscribers, ...tiny.demo.replyThreads].map(
      (row) => row.personId,
    );
    assert.ok(referred.every((id) => known.has(id)));
    for (const status of ['pending', 'active', 'unsubscribed', 'suspended']) {
      assert.ok(
        tiny.demo.subscribers.some((row) => row.status === status),
        status,
      );
    }
    assert.ok(demo.subscribers.length > tiny.demo.subscribers.length);
    const tiers = new Set(
      demo.subscribers.map(
        (row) => content.people.find((person) => person.id === row.personId)?.tier,
      ),
    );
    assert.deepEqual([...tiers].sort(), ['network', 'protected', 'public', 'staff']);
  });

  test('deliveries only for the last four issues, none to a subscriber before they confirmed', () => {
    const delivered = new Set(demo.deliveries.map((row) => row.issueId));
    const lastFour = demo.issues.filter((issue) => issue.status === 'sent').slice(-4);
    assert.deepEqual([...delivered].sort(), lastFour.map((issue) => issue.id).sort());
    const subscriber = new Map(demo.subscribers.map((row) => [row.id, row]));
    for (const row of demo.deliveries) {
      const confirmedAt = subscriber.get(row.subscriberId)?.confirmedAt;
      assert.ok(confirmedAt && confirmedAt < (row.sentAt ?? now));
    }
    assert.ok(demo.deliveries.some((row) => row.state === 'bounced'));
  });

  test('reply threads alternate in and out, before load time', () => {
    assert.ok(demo.replyThreads.length >= 15);
    for (const thread of demo.replyThreads) {
      const messages = demo.replyMessages.filter((row) => row.threadId === thread.id);
      assert.ok(messages.length >= 1 && messages.length <= 3);
      assert.equal(messages[0]?.direction, 'in');
      assert.ok(messages.every((row) => row.at < now && row.at >= thread.createdAt));
    }
    assert.ok(demo.replyMessages.some((row) => row.direction === 'out'));
  });
});
