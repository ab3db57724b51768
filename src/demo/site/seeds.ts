// The shapes of the demo site's written content. Texts live in one file per language and topic
// (pages-en.ts, articles-ru.ts...); what translations share (dates, tags, programs) lives once,
// beside the list of articles (articles.ts), so the language versions cannot drift apart.
import type { Locale } from '../../core/i18n/i18n.ts';

/** The languages the demo site is written in (the interface also has Hebrew). */
export const siteLocales = ['en', 'ru', 'uk'] as const satisfies readonly Locale[];
export type SiteLocale = (typeof siteLocales)[number];

export const pageSlugs = ['home', 'mission', 'origins', 'track-two', 'contact', 'donate'] as const;
export type PageSlug = (typeof pageSlugs)[number];

export interface PageText {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
}

export type PageTexts = Record<PageSlug, PageText>;

export interface ArticleText {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. For an article revised after publication, the last paragraph is the revision. */
  body: string;
  /** Describes the cover, when the article has one. */
  coverAlt?: string;
}

/** An article's language versions, by the key of its group in articles.ts. */
export type ArticleTexts = Readonly<Record<string, ArticleText>>;

/** Who signs an article. Authors are drawn from the demo people by the seeded generator; a
 * network-tier author shows that the public pages leave out whom the gate hides. */
export type Byline = 'public' | 'public-and-network' | 'network' | 'none';

export interface ArticleSeed {
  /** Names the group of translations; the texts of each language are keyed by it. */
  key: string;
  /** A fixed day (YYYY-MM-DD, published at 09:00 UTC), or a number of days from load time:
   * negative for recent articles, positive for scheduled ones. */
  date: string | number;
  /** Never published: a draft. */
  draft?: boolean;
  /** Published again this many days after the first publication ("updated"). */
  revisedAfterDays?: number;
  tags: readonly string[];
  /** Program slugs (programs.ts). */
  programs: readonly string[];
  byline: Byline;
  /** Index into the cover palettes (covers.ts). */
  cover?: number;
}

export interface TimelineSeed {
  /** 'load' stands for the year the demo is loaded in. */
  year: number | 'load';
  month?: number;
  program?: string;
  /** The key of an article group; the entry links its English version, or the first there is. */
  article?: string;
  texts: Record<SiteLocale, { title: string; body: string }>;
}

export interface NoticeSeed {
  severity: 'info' | 'warning' | 'critical';
  /** Days from load time. */
  startsInDays: number;
  endsInDays: number;
  /** A page slug of this site, for more detail. */
  linkPage?: PageSlug;
  texts: Record<SiteLocale, { message: string; linkLabel: string }>;
}

export interface PartnerSeed {
  name: string;
  /** Only addresses we are sure of; otherwise none. */
  website: string | null;
  description: string;
  programs: readonly string[];
}

export interface ProgramText {
  name: string;
  summary: string;
  /** Markdown. */
  body: string;
}

/** Public texts of programs in one language, by program slug (programs.ts). */
export type ProgramTexts = Readonly<Record<string, ProgramText>>;

/** Public names of projects in one language, by project slug. */
export type ProjectTexts = Readonly<Record<string, { name: string; summary: string }>>;
