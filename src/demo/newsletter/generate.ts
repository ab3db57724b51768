// The demo newsletter as rows: a year of weekly issues made of resources saved the week before
// each, this week's issue as a draft, and the readers (see audience.ts). Pure, like the other
// generators: the same seed, people and load time give the same rows. Everything counts back
// from the week of load time, so the last issue always went out last week.
import type { DemoContent } from '../content.ts';
import { createRandom, type Random } from '../random.ts';
import { addAudience } from './audience.ts';
import type { DemoIssue, DemoNewsletter, DemoResource } from './content.ts';
import { noteClosings, noteMiddles, noteOpenings } from './letters.ts';
import { type DemoTopic, demoTopics, subjects } from './subjects.ts';
import { fill, languageWeights, outlets, summaryPatterns, titlePatterns } from './wording.ts';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const week = 7 * day;
/** The Monday the letter began, in the first weeks of the full-scale invasion: issue No. 1. */
const firstIssueWeek = Date.UTC(2022, 2, 7, 7);
export const sentIssues = 52;
/** Resources staff saved but have not put in any issue yet. */
const unusedResources = 30;

const topicWeights: readonly (readonly [DemoTopic, number])[] = [
  ['russia_ukraine_war', 35],
  ['israel_hamas_war', 25],
  ['climate', 15],
  ['nuclear_and_cyber', 15],
  ['other', 10],
];

export function generateNewsletter(content: DemoContent, now: Date): DemoNewsletter {
  const root = createRandom(content.seed).fork('newsletter');
  const demo: DemoNewsletter = {
    resources: [],
    issues: [],
    issueItems: [],
    subscribers: [],
    deliveries: [],
    replyThreads: [],
    replyMessages: [],
  };
  const thisWeek = mondayMorning(now);
  for (let index = 1; index <= sentIssues; index += 1) {
    const sentAt = new Date(thisWeek - (sentIssues + 1 - index) * week);
    const random = root.fork(`issue:${index}`);
    // About a third go on the public archive; the newest always does, so the archive is current.
    const isPublic = index === sentIssues || random.chance(1 / 3);
    addIssue(demo, random, { sentAt, isPublic, items: random.int(15, 24) });
  }
  addIssue(demo, root.fork('issue:draft'), {
    sentAt: new Date(thisWeek),
    isPublic: false,
    items: 12,
    draft: now,
  });
  for (let index = 0; index < unusedResources; index += 1) {
    const random = root.fork(`unused:${index}`);
    const savedAt = new Date(now.getTime() - random.int(1, 360) * day);
    demo.resources.push(inventResource(random, savedAt, random.int(0, 3)));
  }
  addAudience(demo, content, root.fork('audience'), now);
  return demo;
}

interface IssuePlan {
  /** When it went out; for the draft, the Monday it is meant for. */
  sentAt: Date;
  isPublic: boolean;
  items: number;
  /** Set for the draft: load time, which nothing in it may come after. */
  draft?: Date;
}

function addIssue(demo: DemoNewsletter, random: Random, plan: IssuePlan): void {
  const id = random.uuid();
  const cutoff = plan.draft ?? plan.sentAt;
  const chosen: DemoResource[] = [];
  for (let index = 0; index < plan.items; index += 1) {
    // Saved during the week before the issue, and published a day or two before it was saved.
    const savedAt = new Date(cutoff.getTime() - random.int(2, 7 * 24 - 2) * hour);
    chosen.push(inventResource(random.fork(`resource:${index}`), savedAt, random.int(0, 2)));
  }
  // Sections follow the topics' order; within one, the editor's order of saving.
  const order = (resource: DemoResource) => demoTopics.indexOf(resource.topic as DemoTopic);
  chosen.sort((a, b) => order(a) - order(b));
  demo.resources.push(...chosen);
  chosen.forEach((resource, position) => {
    demo.issueItems.push({ issueId: id, resourceId: resource.id, position });
  });

  const lead = random.pick(subjects[random.weighted(topicWeights)]).en;
  const createdAt = new Date(plan.sentAt.getTime() - 3 * day);
  const issue: DemoIssue = {
    id,
    number: Math.round((plan.sentAt.getTime() - firstIssueWeek) / week) + 1,
    title: fill('{S}', lead),
    editorNote: [
      random.pick(noteOpenings),
      fill(random.pick(noteMiddles), lead),
      random.pick(noteClosings),
    ].join('\n\n'),
    status: plan.draft ? 'draft' : 'sent',
    scheduledAt: null,
    sentAt: plan.draft ? null : plan.sentAt,
    public: plan.isPublic,
    createdAt,
    updatedAt: plan.draft ?? plan.sentAt,
  };
  demo.issues.push(issue);
}

function inventResource(random: Random, savedAt: Date, daysOld: number): DemoResource {
  const id = random.uuid();
  const topic = random.weighted(topicWeights);
  const language = random.weighted(languageWeights);
  const subject = random.pick(subjects[topic])[language];
  const outlet = random.pick(outlets[language]);
  const published = new Date(savedAt.getTime() - daysOld * day);
  // A few are documents that reached staff by hand, with no link to give.
  const isDocument = random.chance(0.04);
  return {
    id,
    url: isDocument ? '' : `https://${outlet.host}/${published.getUTCFullYear()}/${id.slice(0, 8)}`,
    title: fill(random.pick(titlePatterns[language]), subject),
    outlet: isDocument ? '' : outlet.name,
    language,
    publishedOn: published.toISOString().slice(0, 10),
    topic,
    summary: fill(random.pick(summaryPatterns[language]), subject),
    sourceLabel: isDocument ? 'analysis' : outlet.label,
    createdAt: savedAt,
  };
}

/** 07:00 UTC on the Monday of the week `at` falls in: when an issue goes out. */
function mondayMorning(at: Date): number {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - sinceMonday * day + 7 * hour;
}
