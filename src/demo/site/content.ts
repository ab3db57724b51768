// The shape of the demo site's generated rows: one list per table, ready to insert, as for the
// people (../content.ts). Revisions carry no id (the database numbers them); the loader points
// each published page and article at its newest revision once they are in.
import type {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from '../../site/articles/tables.ts';
import type { notices, noticeTexts } from '../../site/notices/tables.ts';
import type { pageRevisions, pages } from '../../site/pages/tables.ts';
import type {
  partners,
  programPartners,
  programPeople,
  programTexts,
  projectTexts,
} from '../../site/tables.ts';
import type { timelineEntries, timelineTexts } from '../../site/timeline/tables.ts';

/** The columns K of an insert type T, all required (nullable ones still accept null). */
type Row<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> };
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type DemoPage = Row<
  Insert<typeof pages>,
  | 'id'
  | 'translationKey'
  | 'locale'
  | 'slug'
  | 'title'
  | 'summary'
  | 'body'
  | 'publishAt'
  | 'createdAt'
  | 'updatedAt'
>;
export type DemoPageRevision = Row<
  Insert<typeof pageRevisions>,
  'pageId' | 'title' | 'summary' | 'body' | 'createdAt'
>;
export type DemoArticle = Row<
  Insert<typeof articles>,
  | 'id'
  | 'translationKey'
  | 'locale'
  | 'slug'
  | 'title'
  | 'summary'
  | 'body'
  | 'coverMediaId'
  | 'coverAlt'
  | 'publishAt'
  | 'revisedAt'
  | 'createdAt'
  | 'updatedAt'
>;
export type DemoArticleRevision = Row<
  Insert<typeof articleRevisions>,
  'articleId' | 'title' | 'summary' | 'body' | 'createdAt'
>;

/** A cover image to draw and import on loading, shared by the language versions of an article. */
export interface DemoCover {
  /** Index into the palettes of covers.ts. */
  palette: number;
  altText: string;
  articleIds: string[];
}

export interface DemoSite {
  pages: DemoPage[];
  pageRevisions: DemoPageRevision[];
  covers: DemoCover[];
  articles: DemoArticle[];
  articleRevisions: DemoArticleRevision[];
  articleAuthors: Row<Insert<typeof articleAuthors>, 'articleId' | 'personId' | 'position'>[];
  articleTags: Row<Insert<typeof articleTags>, 'articleId' | 'tag'>[];
  articlePrograms: Row<Insert<typeof articlePrograms>, 'articleId' | 'programId'>[];
  programTexts: Row<
    Insert<typeof programTexts>,
    'programId' | 'locale' | 'name' | 'summary' | 'body'
  >[];
  projectTexts: Row<Insert<typeof projectTexts>, 'projectId' | 'locale' | 'name' | 'summary'>[];
  partners: Row<Insert<typeof partners>, 'id' | 'name' | 'website' | 'description'>[];
  programPartners: Row<Insert<typeof programPartners>, 'programId' | 'partnerId' | 'position'>[];
  programPeople: Row<
    Insert<typeof programPeople>,
    'programId' | 'personId' | 'projectId' | 'role'
  >[];
  timelineEntries: Row<
    Insert<typeof timelineEntries>,
    'id' | 'year' | 'month' | 'programId' | 'articleId'
  >[];
  timelineTexts: Row<Insert<typeof timelineTexts>, 'entryId' | 'locale' | 'title' | 'body'>[];
  notices: Row<Insert<typeof notices>, 'id' | 'severity' | 'startsAt' | 'endsAt' | 'linkUrl'>[];
  noticeTexts: Row<Insert<typeof noticeTexts>, 'noticeId' | 'locale' | 'message' | 'linkLabel'>[];
}

/** How many rows of each site table the demo holds; covers count as rows of media. */
export type DemoSiteSummary = { [K in Exclude<keyof DemoSite, 'covers'> | 'media']: number };

export function summarizeSite(site: DemoSite): DemoSiteSummary {
  const { covers, ...tables } = site;
  const counts = Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => [table, rows.length]),
  ) as Omit<DemoSiteSummary, 'media'>;
  return { ...counts, media: covers.length };
}
