// An issue with resources across topics, languages and source labels, written as the demo would
// write them (Cyrillic and Hebrew summaries of realistic length), for tests and the benchmark.
import type { Db } from '../../core/db/client.ts';
import {
  issueItems,
  newsletterIssues,
  type newsletterTopic,
  resources,
  type sourceLabel,
} from '../tables.ts';

const topics: (typeof newsletterTopic.enumValues)[number][] = [
  'climate',
  'russia_ukraine_war',
  'nuclear_and_cyber',
  'israel_hamas_war',
];
const labels: (typeof sourceLabel.enumValues)[number][] = [
  'independent',
  'state_affiliated',
  'official',
  'partisan',
  'analysis',
];
const samples = [
  {
    language: 'ru',
    outlet: 'Новая газета Европа',
    title: 'Как учёные из России и Украины продолжают работать вместе',
    summary:
      'Репортаж о совместных исследованиях климата в Арктике, которые не прекратились после начала войны: полевые станции, общие наборы данных и новые гранты для молодых исследователей.',
  },
  {
    language: 'en',
    outlet: 'Bulletin of the Atomic Scientists',
    title: 'What a cyberattack on nuclear command systems could look like',
    summary:
      'An analysis of how intrusions into early-warning networks could be mistaken for the prelude to a strike, and which confidence-building measures could lower that risk.',
  },
  {
    language: 'uk',
    outlet: 'Українська правда',
    title: 'Діалог громадянських суспільств під час війни',
    summary:
      'Огляд неурядових зустрічей між експертами, які шукають способи обміну полоненими та захисту цивільної інфраструктури, і що з цього вже вдалося.',
  },
  {
    language: 'he',
    outlet: 'הארץ',
    title: 'שיחות לא רשמיות בין חוקרים מהאזור',
    summary:
      'סקירה של מפגשים בין אנשי אקדמיה מישראל ומהעולם הערבי, ושל הנושאים שעליהם הם עדיין מסוגלים לדבר יחד.',
  },
];

/** Inserts `count` resources and an issue holding them, in order; returns the issue's id. */
export async function insertSampleIssue(
  db: Db,
  options: { number: number; count: number; title?: string; editorNote?: string; public?: boolean },
): Promise<string> {
  const rows = Array.from({ length: options.count }, (_, index) => {
    const sample = samples[index % samples.length] ?? samples[0];
    return {
      url: `https://news.example/${options.number}/${index}`,
      title: `${sample?.title} (${index + 1})`,
      outlet: sample?.outlet ?? '',
      language: sample?.language ?? 'en',
      publishedOn: `2026-11-${String((index % 20) + 1).padStart(2, '0')}`,
      topic: topics[index % topics.length] ?? 'other',
      summary: sample?.summary ?? '',
      sourceLabel: labels[index % labels.length] ?? 'independent',
    };
  });
  const inserted =
    rows.length > 0 ? await db.insert(resources).values(rows).returning({ id: resources.id }) : [];
  const [issue] = await db
    .insert(newsletterIssues)
    .values({
      number: options.number,
      title: options.title ?? `Week ${options.number}`,
      editorNote: options.editorNote ?? '',
      public: options.public ?? false,
    })
    .returning({ id: newsletterIssues.id });
  if (!issue) throw new Error('the issue was not inserted');
  if (inserted.length > 0) {
    await db
      .insert(issueItems)
      .values(
        inserted.map((row, position) => ({ issueId: issue.id, resourceId: row.id, position })),
      );
  }
  return issue.id;
}
