import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { generateDemo } from '../generate.ts';
import { articleSeeds } from './articles.ts';
import { articleTexts, generateSite } from './generate.ts';
import { pageSlugs, siteLocales } from './seeds.ts';

const now = new Date('2026-11-22T05:00:00Z');
const content = generateDemo();
const site = generateSite(content, now);
const isPublic = (at: Date | null) => at !== null && at <= now;
const publishedArticles = site.articles.filter((article) => isPublic(article.publishAt));

/** What a reader sees of some HTML: its text, entities decoded, with the links' addresses. */
function visibleText(html: string): string {
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return `${text} ${hrefs.join(' ').replace(/&amp;/g, '&')}`;
}

/** Every word and every link address of the Markdown survives rendering and sanitizing. */
function assertRendersWhole(markdown: string, label: string): void {
  const shown = visibleText(renderMarkdown(markdown));
  for (const word of markdown.match(/[\p{L}\p{N}][\p{L}\p{N}'’@.-]*[\p{L}\p{N}]/gu) ?? []) {
    assert.ok(shown.includes(word), `${label}: "${word}" is lost in rendering`);
  }
  for (const [, address] of markdown.matchAll(/\]\(([^)]+)\)/g)) {
    assert.ok(shown.includes(address as string), `${label}: the link to ${address} is lost`);
  }
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

describe('the demo site', () => {
  test('is the same for the same seed, people and load time', () => {
    assert.equal(JSON.stringify(generateSite(generateDemo(), now)), JSON.stringify(site));
  });

  test('has every page in en, ru and uk, linked as translations', () => {
    for (const slug of pageSlugs) {
      const versions = site.pages.filter((page) => page.slug === slug);
      assert.deepEqual(versions.map((page) => page.locale).sort(), [...siteLocales].sort(), slug);
      assert.equal(new Set(versions.map((page) => page.translationKey)).size, 1, slug);
      assert.ok(
        versions.every((page) => isPublic(page.publishAt)),
        slug,
      );
    }
    assert.equal(site.pageRevisions.length, site.pages.length);
  });

  test('has at least 30 articles in public view at load, in three languages', () => {
    assert.ok(publishedArticles.length >= 30, `${publishedArticles.length} published`);
    for (const locale of siteLocales) {
      assert.ok(publishedArticles.filter((article) => article.locale === locale).length >= 7);
    }
    const years = new Set(publishedArticles.map((article) => article.publishAt?.getUTCFullYear()));
    for (const year of [1981, 1987, 1996, 2008, 2017, 2022, 2024, 2025, 2026]) {
      assert.ok(years.has(year), `no article from ${year}`);
    }
  });

  test('links some articles as translations, with one version per language and unique slugs', () => {
    const groups = new Map<string, typeof site.articles>();
    for (const article of site.articles) {
      groups.set(article.translationKey, [...(groups.get(article.translationKey) ?? []), article]);
    }
    const translated = [...groups.values()].filter((versions) => versions.length === 3);
    assert.ok(translated.length >= 5, `${translated.length} articles in all three languages`);
    for (const versions of groups.values()) {
      const locales = versions.map((article) => article.locale);
      assert.equal(new Set(locales).size, locales.length);
    }
    for (const locale of siteLocales) {
      const slugs = site.articles.filter((a) => a.locale === locale).map((a) => a.slug);
      assert.equal(new Set(slugs).size, slugs.length, locale);
    }
  });

  test('has scheduled articles, drafts and revised ones', () => {
    assert.ok(site.articles.filter((article) => (article.publishAt ?? now) > now).length >= 3);
    const drafts = site.articles.filter((article) => article.publishAt === null);
    assert.ok(drafts.length >= 2);
    const revised = site.articles.filter((article) => article.revisedAt !== null);
    assert.ok(revised.length >= 2);
    for (const article of revised) {
      const revisions = site.articleRevisions.filter((r) => r.articleId === article.id);
      assert.equal(revisions.length, 2, article.slug);
      assert.ok((revisions[0]?.body.length ?? 0) < article.body.length);
      assert.equal(revisions[1]?.body, article.body);
    }
  });

  test('describes exactly the articles that have a cover', () => {
    const covered = new Set(site.covers.flatMap((cover) => cover.articleIds));
    assert.ok(covered.size >= 5);
    for (const article of site.articles) {
      assert.equal(article.coverAlt !== '', covered.has(article.id), article.slug);
    }
  });

  test('every text key belongs to an article, and every article has 150 to 400 words', () => {
    const keys = new Set(articleSeeds.map((seed) => seed.key));
    for (const locale of siteLocales) {
      for (const key of Object.keys(articleTexts[locale])) assert.ok(keys.has(key), key);
    }
    for (const article of site.articles) {
      const words = wordCount(article.body);
      assert.ok(words >= 150 && words <= 400, `${article.locale}/${article.slug}: ${words} words`);
    }
  });

  test('signs articles with demo people of the tiers asked for', () => {
    const tierOf = new Map(content.people.map((person) => [person.id, person.tier]));
    const tiers = new Set(site.articleAuthors.map((author) => tierOf.get(author.personId)));
    assert.deepEqual([...tiers].sort(), ['network', 'public']);
    const withAuthors = new Set(site.articleAuthors.map((author) => author.articleId));
    assert.ok(publishedArticles.filter((article) => withAuthors.has(article.id)).length >= 28);
  });

  test('shows people of several tiers in programs, and partners linked to programs', () => {
    const tierOf = new Map(content.people.map((person) => [person.id, person.tier]));
    const tiers = new Set(site.programPeople.map((link) => tierOf.get(link.personId)));
    assert.ok(tiers.has('public') && tiers.has('network'));
    assert.ok(site.partners.length >= 6);
    for (const partner of site.partners) {
      assert.ok(site.programPartners.some((link) => link.partnerId === partner.id));
      if (partner.website) assert.match(partner.website, /^https:\/\//);
    }
    assert.equal(site.programTexts.filter((text) => text.locale === 'en').length, 8);
  });

  test('has a timeline from 1980 to the load year, in three languages', () => {
    const years = site.timelineEntries.map((entry) => entry.year);
    assert.equal(Math.min(...years), 1980);
    assert.equal(Math.max(...years), now.getUTCFullYear());
    assert.ok(site.timelineEntries.length >= 20);
    assert.equal(site.timelineTexts.length, site.timelineEntries.length * 3);
    const articleIds = new Set(site.articles.map((article) => article.id));
    for (const entry of site.timelineEntries) {
      if (entry.articleId) assert.ok(articleIds.has(entry.articleId));
    }
  });

  test('has exactly one notice in force at load time, one ended and one to come', () => {
    const inForce = site.notices.filter((n) => n.startsAt <= now && now < n.endsAt);
    assert.equal(inForce.length, 1);
    assert.equal(inForce[0]?.severity, 'warning');
    assert.ok(site.notices.some((notice) => notice.endsAt < now));
    assert.ok(site.notices.some((notice) => notice.startsAt > now));
  });

  test('every Markdown text renders without losing a word or a link', () => {
    for (const article of site.articles) {
      assertRendersWhole(article.body, `article ${article.locale}/${article.slug}`);
    }
    for (const page of site.pages)
      assertRendersWhole(page.body, `page ${page.locale}/${page.slug}`);
    for (const text of site.programTexts) {
      assertRendersWhole(text.body, `program ${text.locale}/${text.programId}`);
    }
  });

  test('gives only reserved example addresses for mail', () => {
    const everything = JSON.stringify(site);
    for (const [address] of everything.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) {
      assert.match(address, /@example\.org$/, address);
    }
  });
});
