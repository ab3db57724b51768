// The demo newsletter's readers: subscribers among the demo people (of every tier; protected ones
// get the neutral variant when a send resolves them, nothing to store here), the deliveries of
// the last issues, and replies in threads.
import type { DemoContent } from '../content.ts';
import type { Random } from '../random.ts';
import type { DemoNewsletter, DemoSubscriber } from './content.ts';
import { replySeeds } from './letters.ts';
import { demoTopics, resourceLanguages } from './subjects.ts';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
/** Deliveries of every issue would be 52 × the subscribers (15,000 rows at the default size):
 * too slow a start for a demo. Only the latest issues get theirs, which is what staff look at. */
const issuesWithDeliveries = 4;

export function addAudience(
  demo: DemoNewsletter,
  content: DemoContent,
  random: Random,
  now: Date,
): void {
  addSubscribers(demo, content, random.fork('subscribers'), now);
  addDeliveries(demo, random.fork('deliveries'));
  addReplies(demo, random.fork('replies'));
}

function addSubscribers(demo: DemoNewsletter, content: DemoContent, random: Random, now: Date) {
  // Three in four people read the letter; the order of the sample decides who is what.
  const readers = random.sample(content.people, Math.round(content.people.length * 0.75));
  readers.forEach((person, index) => {
    const own = random.fork(`subscriber:${person.id}`);
    // The first few of each rarer status are certain, so that even a tiny demo has them all.
    const status =
      index < 2
        ? 'suspended'
        : index < 4
          ? 'pending'
          : index < 6 || own.chance(0.1)
            ? 'unsubscribed'
            : 'active';
    // Pending sign-ups are days old; everyone else subscribed in the letter's first two years.
    const createdAt =
      status === 'pending'
        ? new Date(now.getTime() - own.int(1, 72) * hour)
        : new Date(now.getTime() - own.int(400, 1400) * day);
    const confirmedAt =
      status === 'pending' ? null : new Date(createdAt.getTime() + own.int(1, 48) * hour);
    const spoken = person.languages.filter((tag) =>
      (resourceLanguages as readonly string[]).includes(tag),
    );
    const subscriber: DemoSubscriber = {
      id: own.uuid(),
      personId: person.id,
      status,
      topics: own.chance(0.6) ? [] : own.sample(demoTopics, own.int(2, 4)),
      languages: own.chance(0.5) || spoken.length === 0 ? [] : [...new Set(['en', ...spoken])],
      softBounces: status === 'active' && own.chance(0.05) ? 1 : 0,
      confirmedAt,
      statusChangedAt: confirmedAt ?? createdAt,
      createdAt,
    };
    demo.subscribers.push(subscriber);
  });
  // Those who left did so in the past year: some before, some during the issues with
  // deliveries. The suspended left on a hard bounce of one of those issues (see below).
  const recent = latestSent(demo);
  for (const subscriber of demo.subscribers) {
    const own = random.fork(`left:${subscriber.id}`);
    if (subscriber.status === 'unsubscribed') {
      subscriber.statusChangedAt = new Date(now.getTime() - own.int(2, 360) * day);
    } else if (subscriber.status === 'suspended') {
      const bouncedOn = own.pick(recent).sentAt ?? now;
      subscriber.statusChangedAt = new Date(bouncedOn.getTime() + own.int(5, 90) * 60 * 1000);
    }
  }
}

function addDeliveries(demo: DemoNewsletter, random: Random): void {
  const recent = latestSent(demo);
  for (const issue of recent) {
    const sentAt = issue.sentAt ?? new Date(0);
    // Whoever was subscribed when the issue went out; the suspended got their last one then.
    const recipients = demo.subscribers.filter(
      (subscriber) =>
        subscriber.confirmedAt !== null &&
        subscriber.confirmedAt < sentAt &&
        (subscriber.status === 'active' || subscriber.statusChangedAt > sentAt),
    );
    recipients.forEach((subscriber, index) => {
      const hardBounce =
        subscriber.status === 'suspended' &&
        subscriber.statusChangedAt.getTime() - sentAt.getTime() < day;
      const softBounce = !hardBounce && random.chance(0.02);
      demo.deliveries.push({
        issueId: issue.id,
        subscriberId: subscriber.id,
        state: hardBounce || softBounce ? 'bounced' : 'sent',
        attempts: softBounce ? 3 : 1,
        lastError: hardBounce ? 'hard 5.1.1' : softBounce ? 'soft 4.2.2' : null,
        messageId: `<${issue.number}.${index}@newsletter.demo.invalid>`,
        // About ten messages a second.
        sentAt: new Date(sentAt.getTime() + index * 100),
      });
    });
  }
}

function addReplies(demo: DemoNewsletter, random: Random): void {
  // Not the last two issues, so that every answer, days later, is still before load time.
  const sent = demo.issues.filter((issue) => issue.status === 'sent').slice(0, -2);
  const readers = demo.subscribers.filter((subscriber) => subscriber.status === 'active');
  if (readers.length === 0) return;
  const taken = new Set<string>();
  // One thread per seed, each on an issue and from a reader of its own.
  for (const [index, seed] of replySeeds.entries()) {
    const own = random.fork(`thread:${index}`);
    const issue = own.pick(sent);
    const reader = own.pick(readers);
    const sentAt = issue.sentAt;
    if (!sentAt || taken.has(`${issue.id}:${reader.personId}`)) continue;
    taken.add(`${issue.id}:${reader.personId}`);
    const id = own.uuid();
    let at = new Date(sentAt.getTime() + own.int(2, 48) * hour);
    const createdAt = at;
    seed.messages.forEach((body, position) => {
      if (position > 0) at = new Date(at.getTime() + own.int(3, 60) * hour);
      demo.replyMessages.push({ threadId: id, direction: position % 2 ? 'out' : 'in', body, at });
    });
    demo.replyThreads.push({
      id,
      issueId: issue.id,
      personId: reader.personId,
      tags: seed.tags,
      createdAt,
      updatedAt: at,
    });
  }
}

/** The sent issues that have deliveries, oldest first. */
function latestSent(demo: DemoNewsletter): DemoNewsletter['issues'] {
  return demo.issues.filter((issue) => issue.status === 'sent').slice(-issuesWithDeliveries);
}
