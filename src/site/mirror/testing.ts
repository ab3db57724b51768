// A small public site for the mirror's tests: pages and an article in two languages, a program
// with a partner, a timeline over two decades, a cover image, and a draft that must stay out.
import type { Db } from '../../core/db/client.ts';
import { importImage } from '../../core/media/media.ts';
import { testPhoto } from '../../core/media/testing.ts';
import {
  days,
  insertArticle,
  insertPage,
  insertPerson,
  insertProgram,
  insertTimelineEntry,
} from '../feeds/testing.ts';

export const smallSite = {
  articleTitle: 'Scientists meet on the Southern Ocean',
  articleSlug: 'oceans-meeting',
  programName: 'Oceans 22',
  programSlug: 'oceans-22',
  tag: 'marine science',
  draftSlug: 'secret-draft',
} as const;

export async function insertSmallSite(db: Db): Promise<void> {
  const published = new Date(Date.now() - days(2));
  const home = crypto.randomUUID();
  await insertPage(db, {
    locale: 'en',
    slug: 'home',
    title: 'Welcome',
    body: 'Citizens talking across borders since 1980.',
    publishAt: published,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'ru',
    slug: 'home',
    title: 'Добро пожаловать',
    body: 'С 1980 года.',
    publishAt: published,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'mission',
    title: 'Mission',
    body: 'Trust first.',
    publishAt: published,
  });
  const program = await insertProgram(db, {
    slug: smallSite.programSlug,
    texts: {
      en: {
        name: smallSite.programName,
        summary: 'Marine protection.',
        body: 'Scientists and negotiators.',
      },
      ru: { name: 'Океаны 22', summary: 'Охрана моря.' },
    },
    partnerName: 'Marine Institute',
  });
  const author = await insertPerson(db, 'Vera Public Writer', 'public');
  const cover = await importImage(db, await testPhoto({ width: 1200, height: 800 }), {
    altText: 'A research ship in ice',
  });
  const article = await insertArticle(db, {
    locale: 'en',
    slug: smallSite.articleSlug,
    title: smallSite.articleTitle,
    summary: 'Marine biologists from both sides met in Europe.',
    body: `They met in spring. See [the program](/en/programs/${smallSite.programSlug}) and [sign in](/sign-in) for more.`,
    publishAt: published,
    authors: [author],
    tags: [smallSite.tag],
    programIds: [program],
    coverMediaId: cover.id,
  });
  await insertArticle(db, {
    locale: 'ru',
    slug: 'vstrecha',
    title: 'Встреча',
    publishAt: published,
  });
  await insertArticle(db, { locale: 'en', slug: smallSite.draftSlug, title: 'Secret draft' });
  await insertTimelineEntry(db, {
    year: 1982,
    texts: { en: { title: 'Spacebridges' }, ru: { title: 'Телемосты' } },
  });
  await insertTimelineEntry(db, {
    year: 2022,
    texts: { en: { title: 'Oceans 2022' } },
    programId: program,
    articleId: article,
  });
}
