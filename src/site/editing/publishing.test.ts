// The editing commands against a real database: revisions, restore, schedules, slugs,
// translations and the audit log, for pages and articles alike.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../core/audit/tables.ts';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { createArticle, publishArticle, saveArticleDraft } from '../articles/editing.ts';
import { articles, articleTags } from '../articles/tables.ts';
import {
  createPage,
  pageKind,
  publishPage,
  restorePageRevision,
  savePageDraft,
  schedulePage,
  unpublishPage,
} from '../pages/editing.ts';
import { pages } from '../pages/tables.ts';
import { type EditingContext, EditRefused } from './context.ts';
import { findEditable, listRevisions, listTranslations } from './editable.ts';
import { parseUtcMoment } from './schedule.ts';
import { statusOfItem } from './status.ts';

const editor: Viewer = {
  kind: 'account',
  accountId: '00000000-0000-4000-8000-000000000001',
  personId: null,
  roles: ['editor'],
  protectedClearance: false,
};

async function refusal(promise: Promise<unknown>): Promise<EditRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EditRefused) return error;
    throw error;
  }
  assert.fail('the command was refused');
}

describe('editing commands', () => {
  let database: Database;
  let context: EditingContext;
  before(async () => {
    database = await openTestDatabase();
    context = { db: database.db, actor: editor, requestId: 'test' };
  });
  after(async () => database.close());

  const draft = (slug: string, title = 'Mission') => ({
    locale: 'en' as const,
    slug,
    title,
    summary: 'Why we work',
    body: 'First words',
  });

  it('appends a revision on every save and restores an old one as a new revision', async () => {
    const pageId = await createPage({ context, draft: draft('mission') });
    const first = (await listRevisions(database.db, pageKind, pageId))[0];
    assert.ok(first);
    await savePageDraft({
      context,
      pageId,
      draft: { slug: 'mission', title: 'Mission, again', summary: '', body: 'Second words' },
    });
    const saved = await listRevisions(database.db, pageKind, pageId);
    assert.equal(saved.length, 2);

    const restoredId = await restorePageRevision({ context, pageId, revisionId: first.id });
    const page = await findEditable(database.db, pageKind, pageId);
    assert.equal(page?.title, 'Mission');
    assert.equal(page?.body, 'First words');
    const revisions = await listRevisions(database.db, pageKind, pageId);
    assert.equal(revisions.length, 3);
    assert.equal(revisions[0]?.id, restoredId);
    assert.equal(revisions[0]?.createdBy, editor.accountId);

    const actions = await database.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, pageId));
    assert.deepEqual(
      actions.map((event) => event.action),
      ['page.created', 'page.draft_saved', 'page.revision_restored'],
    );
    assert.equal(actions[2]?.details.revisionId, first.id);
  });

  it('publishes, notices changes since, schedules and unpublishes', async () => {
    const pageId = await createPage({ context, draft: draft('origins', 'Origins') });
    await publishPage({ context, pageId });
    let page = await findEditable(database.db, pageKind, pageId);
    assert.ok(page);
    assert.equal(await statusOfItem(database.db, pageKind, page), 'published');

    await savePageDraft({
      context,
      pageId,
      draft: { slug: 'origins', title: 'Origins', summary: '', body: 'More' },
    });
    page = await findEditable(database.db, pageKind, pageId);
    assert.ok(page);
    assert.equal(await statusOfItem(database.db, pageKind, page), 'changed');

    const refused = await refusal(
      schedulePage({ context, pageId, publishAt: new Date(Date.now() + 86_400_000) }),
    );
    assert.equal(refused.key, 'edit.scheduleWhilePublic');

    await unpublishPage({ context, pageId });
    const future = new Date(Date.now() + 86_400_000);
    await schedulePage({ context, pageId, publishAt: future });
    page = await findEditable(database.db, pageKind, pageId);
    assert.ok(page);
    assert.equal(page.publishAt?.getTime(), future.getTime());
    assert.equal(await statusOfItem(database.db, pageKind, page), 'scheduled');
  });

  it('refuses a moment in the past and a malformed one, changing nothing', async () => {
    const pageId = await createPage({ context, draft: draft('contact', 'Contact') });
    const past = await refusal(
      schedulePage({ context, pageId, publishAt: new Date(Date.now() - 60_000) }),
    );
    assert.equal(past.key, 'edit.momentPast');
    const malformed = await refusal(
      schedulePage({ context, pageId, publishAt: new Date('not a date') }),
    );
    assert.equal(malformed.key, 'edit.momentFormat');
    const page = await findEditable(database.db, pageKind, pageId);
    assert.equal(page?.publishAt, null);
    assert.equal(page?.publishedRevisionId, null);
    assert.equal(parseUtcMoment('2030-02-30 10:00'), undefined);
    assert.equal(parseUtcMoment('2030-02-28T25:00'), undefined);
    assert.equal(parseUtcMoment('2030-02-28 10:15')?.toISOString(), '2030-02-28T10:15:00.000Z');
  });

  it('refuses a slug already taken in the same language, and allows it in another', async () => {
    await createPage({ context, draft: draft('track-two', 'Track two') });
    const before = (await database.db.select().from(pages)).length;
    const clash = await refusal(createPage({ context, draft: draft('track-two', 'Other') }));
    assert.equal(clash.field, 'slug');
    assert.equal(clash.key, 'edit.slugTaken');
    assert.equal((await database.db.select().from(pages)).length, before);
    await createPage({ context, draft: { ...draft('track-two', 'Второй трек'), locale: 'ru' } });
  });

  it('links a translation and refuses a second one in the same language', async () => {
    const original = await createPage({ context, draft: draft('donate', 'Donate') });
    const russian = await createPage({
      context,
      draft: { ...draft('donate', 'Поддержать'), locale: 'ru', translationOf: original },
    });
    const englishItem = await findEditable(database.db, pageKind, original);
    assert.ok(englishItem);
    const translations = await listTranslations(database.db, pageKind, englishItem);
    assert.deepEqual(
      translations.map((other) => [other.id, other.locale]),
      [[russian, 'ru']],
    );
    const duplicate = await refusal(
      createPage({
        context,
        draft: { ...draft('donate-2', 'Ещё'), locale: 'ru', translationOf: original },
      }),
    );
    assert.equal(duplicate.key, 'edit.translationExists');
    const created = await database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'page.created'), eq(auditEvents.subjectId, russian)));
    assert.equal(created.length, 1);
  });

  it('keeps an article’s first date and marks a later publication as an update', async () => {
    const articleId = await createArticle({
      context,
      draft: draft('oceans-2022', 'Oceans'),
      details: { tags: ['oceans', 'antarctica'], programIds: [], coverMediaId: null, coverAlt: '' },
    });
    await publishArticle({ context, articleId });
    const [first] = await database.db.select().from(articles).where(eq(articles.id, articleId));
    assert.ok(first?.publishAt);
    assert.equal(first.revisedAt, null);
    await saveArticleDraft({
      context,
      articleId,
      draft: { slug: 'oceans-2022', title: 'Oceans 2022', summary: '', body: 'Updated' },
      details: { tags: ['oceans'], programIds: [], coverMediaId: null, coverAlt: '' },
    });
    await publishArticle({ context, articleId });
    const [second] = await database.db.select().from(articles).where(eq(articles.id, articleId));
    assert.equal(second?.publishAt?.getTime(), first.publishAt.getTime());
    assert.ok(second?.revisedAt);
    const tags = await database.db
      .select({ tag: articleTags.tag })
      .from(articleTags)
      .where(eq(articleTags.articleId, articleId));
    assert.deepEqual(
      tags.map((row) => row.tag),
      ['oceans'],
    );
  });

  it('refuses anyone who is not an editor', async () => {
    const participant: Viewer = { ...editor, roles: [] };
    await assert.rejects(
      createPage({ context: { ...context, actor: participant }, draft: draft('nope') }),
      (error: Error & { status?: number }) => error.status === 404,
    );
  });
});
