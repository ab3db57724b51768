// The demo site as rows: pages, articles, program texts, partners, the timeline and notices.
// Pure, like the people's generator: the same seed, people and load time give the same rows.
// Dates in the past are fixed; what must be current when the demo is seen (the notice in force,
// the scheduled and the newest articles, the last year of the timeline) counts from load time.
import { sitePaths } from '../../site/urls.ts';
import type { DemoContent } from '../content.ts';
import { programSeeds } from '../programs.ts';
import { createRandom, type Random } from '../random.ts';
import { articleSeeds } from './articles.ts';
import { articlesEnEarly } from './articles-en-early.ts';
import { articlesEnRecent } from './articles-en-recent.ts';
import { articlesRu } from './articles-ru.ts';
import { articlesUk } from './articles-uk.ts';
import type { DemoArticle, DemoSite } from './content.ts';
import { noticeSeeds } from './notices.ts';
import { pagesEn } from './pages-en.ts';
import { pagesRu } from './pages-ru.ts';
import { pagesUk } from './pages-uk.ts';
import { partnerSeeds } from './partners.ts';
import { programsEn } from './programs-en.ts';
import { programsRu, projectsRu } from './programs-ru.ts';
import { programsUk, projectsUk } from './programs-uk.ts';
import type { ArticleSeed, ArticleTexts, PageTexts, SiteLocale } from './seeds.ts';
import { pageSlugs, siteLocales } from './seeds.ts';
import { timelineEarly } from './timeline-early.ts';
import { timelineRecent } from './timeline-recent.ts';

const day = 24 * 60 * 60 * 1000;
/** When the pages were first published: a fixed day well before any load. */
const pagesPublishedAt = new Date('2024-01-15T09:00:00Z');

const pageTexts: Record<SiteLocale, PageTexts> = { en: pagesEn, ru: pagesRu, uk: pagesUk };
export const articleTexts: Record<SiteLocale, ArticleTexts> = {
  en: { ...articlesEnEarly, ...articlesEnRecent },
  ru: articlesRu,
  uk: articlesUk,
};
const programTextsByLocale = { en: programsEn, ru: programsRu, uk: programsUk };
const projectTextsByLocale = { ru: projectsRu, uk: projectsUk };
/** Who a program shows, and as what: the first is the one who convenes it. */
const programRoles = ['convener', 'fellow', 'participant', 'speaker', 'participant', 'adviser'];

export function generateSite(content: DemoContent, now: Date): DemoSite {
  const root = createRandom(content.seed).fork('site');
  const site: DemoSite = {
    pages: [],
    pageRevisions: [],
    covers: [],
    articles: [],
    articleRevisions: [],
    articleAuthors: [],
    articleTags: [],
    articlePrograms: [],
    programTexts: [],
    projectTexts: [],
    partners: [],
    programPartners: [],
    programPeople: [],
    timelineEntries: [],
    timelineTexts: [],
    notices: [],
    noticeTexts: [],
  };
  const programId = idsBySlug(content.programs);
  const projectId = idsBySlug(content.projects);

  for (const slug of pageSlugs) {
    const translationKey = root.fork(`page:${slug}`).uuid();
    for (const locale of siteLocales) {
      const id = root.fork(`page:${slug}:${locale}`).uuid();
      const text = pageTexts[locale][slug];
      const at = pagesPublishedAt;
      site.pages.push({
        id,
        translationKey,
        locale,
        slug,
        ...text,
        publishAt: at,
        createdAt: at,
        updatedAt: at,
      });
      site.pageRevisions.push({ pageId: id, ...text, createdAt: at });
    }
  }

  const articleIds = new Map<string, Partial<Record<SiteLocale, string>>>();
  for (const seed of articleSeeds) {
    articleIds.set(seed.key, addArticle(site, seed, root, now, content, programId));
  }

  for (const [index, program] of programSeeds.entries()) {
    const id = programId(program.slug);
    for (const locale of siteLocales) {
      const text = programTextsByLocale[locale][program.slug];
      if (text) site.programTexts.push({ programId: id, locale, ...text });
    }
    for (const project of program.projects) {
      for (const locale of ['ru', 'uk'] as const) {
        const text = projectTextsByLocale[locale][project.slug];
        if (text) site.projectTexts.push({ projectId: projectId(project.slug), locale, ...text });
      }
    }
    addProgramPeople(site, program, id, root.fork(`program-people:${index}`), content, projectId);
  }

  for (const partner of partnerSeeds) {
    const id = root.fork(`partner:${partner.name}`).uuid();
    const { name, website, description } = partner;
    site.partners.push({ id, name, website, description });
    partner.programs.forEach((slug, position) => {
      site.programPartners.push({ programId: programId(slug), partnerId: id, position });
    });
  }

  for (const [index, entry] of [...timelineEarly, ...timelineRecent].entries()) {
    const id = root.fork(`timeline:${index}`).uuid();
    const linked = entry.article ? articleIds.get(entry.article) : undefined;
    site.timelineEntries.push({
      id,
      year: entry.year === 'load' ? now.getUTCFullYear() : entry.year,
      month: entry.month ?? null,
      programId: entry.program ? programId(entry.program) : null,
      articleId: linked ? (linked.en ?? Object.values(linked)[0] ?? null) : null,
    });
    for (const locale of siteLocales) {
      site.timelineTexts.push({ entryId: id, locale, ...entry.texts[locale] });
    }
  }

  for (const [index, notice] of noticeSeeds.entries()) {
    const id = root.fork(`notice:${index}`).uuid();
    site.notices.push({
      id,
      severity: notice.severity,
      startsAt: daysFrom(now, notice.startsInDays),
      endsAt: daysFrom(now, notice.endsInDays),
      linkUrl: notice.linkPage ? sitePaths.page('en', notice.linkPage) : null,
    });
    for (const locale of siteLocales) {
      site.noticeTexts.push({ noticeId: id, locale, ...notice.texts[locale] });
    }
  }
  return site;
}

/** One article group in every language it is written in; returns the ids by language. */
function addArticle(
  site: DemoSite,
  seed: ArticleSeed,
  root: Random,
  now: Date,
  content: DemoContent,
  programId: (slug: string) => string,
): Partial<Record<SiteLocale, string>> {
  const translationKey = root.fork(`article:${seed.key}`).uuid();
  const dated =
    typeof seed.date === 'string' ? new Date(`${seed.date}T09:00:00Z`) : daysFrom(now, seed.date);
  const publishAt = seed.draft ? null : dated;
  const revisedAt =
    publishAt && seed.revisedAfterDays ? daysFrom(publishAt, seed.revisedAfterDays) : null;
  // Written before it went out; a scheduled article was written a few days before load.
  const createdAt = dated < now ? dated : daysFrom(now, -2);
  const authors = chooseAuthors(seed, root.fork(`authors:${seed.key}`), content);
  const ids: Partial<Record<SiteLocale, string>> = {};

  for (const locale of siteLocales) {
    const text = articleTexts[locale][seed.key];
    if (!text) continue;
    const id = root.fork(`article:${seed.key}:${locale}`).uuid();
    ids[locale] = id;
    const { slug, title, summary, body } = text;
    const row: DemoArticle = {
      id,
      translationKey,
      locale,
      slug,
      title,
      summary,
      body,
      coverMediaId: null,
      coverAlt: text.coverAlt ?? '',
      publishAt,
      revisedAt,
      createdAt,
      updatedAt: revisedAt ?? createdAt,
    };
    site.articles.push(row);
    if (revisedAt) {
      // The first publication lacked the closing paragraph that the revision added.
      const first = body.split('\n\n').slice(0, -1).join('\n\n');
      site.articleRevisions.push({ articleId: id, title, summary, body: first, createdAt });
    }
    site.articleRevisions.push({ articleId: id, title, summary, body, createdAt: row.updatedAt });
    authors.forEach((personId, position) => {
      site.articleAuthors.push({ articleId: id, personId, position });
    });
    for (const tag of seed.tags) site.articleTags.push({ articleId: id, tag });
    for (const slug of seed.programs) {
      site.articlePrograms.push({ articleId: id, programId: programId(slug) });
    }
  }
  if (seed.cover !== undefined) {
    const altText = articleTexts.en[seed.key]?.coverAlt ?? '';
    site.covers.push({ palette: seed.cover, altText, articleIds: Object.values(ids) });
  }
  return ids;
}

/** Demo people of the byline's tiers; none when the demo is too small to have any. */
function chooseAuthors(seed: ArticleSeed, random: Random, content: DemoContent): string[] {
  const ofTier = (tier: 'public' | 'network') =>
    content.people.filter((person) => person.tier === tier).map((person) => person.id);
  const pick = (tier: 'public' | 'network', count: number) => random.sample(ofTier(tier), count);
  switch (seed.byline) {
    case 'public':
      return pick('public', random.chance(0.25) ? 2 : 1);
    case 'public-and-network':
      return [...pick('public', 1), ...pick('network', 1)];
    case 'network':
      return pick('network', 1);
    case 'none':
      return [];
  }
}

/** People whose story runs through the program, of every tier, so that the privacy gate has
 * someone to hide: up to two public ones and four others. */
function addProgramPeople(
  site: DemoSite,
  program: (typeof programSeeds)[number],
  programId: string,
  random: Random,
  content: DemoContent,
  projectId: (slug: string) => string,
): void {
  const involved = content.people.filter((person) => person.bio.includes(program.inSentence));
  const chosen = [
    ...random.sample(
      involved.filter((person) => person.tier === 'public'),
      2,
    ),
    ...random.sample(
      involved.filter((person) => person.tier !== 'public'),
      4,
    ),
  ];
  chosen.forEach((person, index) => {
    const project = random.chance(0.5) ? random.pick(program.projects) : undefined;
    site.programPeople.push({
      programId,
      personId: person.id,
      projectId: project ? projectId(project.slug) : null,
      role: programRoles[index] ?? 'participant',
    });
  });
}

function idsBySlug(rows: readonly { id: string; slug: string }[]): (slug: string) => string {
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  return (slug) => {
    const id = ids.get(slug);
    if (!id) throw new Error(`The demo site refers to "${slug}", which the demo does not have.`);
    return id;
  };
}

function daysFrom(start: Date, days: number): Date {
  return new Date(start.getTime() + days * day);
}
