// /edit/articles: the staff editor of the article archive. The shared editor (site/editing) with
// an article's own fields (tags, programs, cover) and its authors.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { listPeople } from '../../people/people.ts';
import { EditRefused, editingContext } from '../editing/context.ts';
import { findEditable } from '../editing/editable.ts';
import type { EditorExtras } from '../editing/editor.tsx';
import { editingRoutes } from '../editing/routes.tsx';
import { reservedArticleSlugs } from '../editing/slugs.ts';
import { itemId } from '../editing/validation.ts';
import { sitePaths } from '../urls.ts';
import { addArticleAuthor, listArticleAuthors, removeArticleAuthor } from './article-authors.ts';
import {
  type ArticleDetails,
  detailChoices,
  parseArticleDetails,
  saveArticleDetails,
  savedDetailValues,
  submittedDetailValues,
} from './article-details.ts';
import { articleKind } from './editing.ts';
import { ArticleFields, articleFieldLabels } from './views/article-fields.tsx';
import { AuthorSearchPage, AuthorsPanel } from './views/authors-panel.tsx';

const basePath = '/edit/articles';

const articleExtras: EditorExtras<ArticleDetails> = {
  labels: articleFieldLabels,
  savedValues: savedDetailValues,
  submittedValues: submittedDetailValues,
  parse: parseArticleDetails,
  save: saveArticleDetails,
  async fields(c, values, errors) {
    const choices = await detailChoices(c.get('deps').db);
    return <ArticleFields t={c.get('t')} values={values} errors={errors} {...choices} />;
  },
  async panels(c, item) {
    const authors = await listArticleAuthors(c.get('deps').db, c.get('viewer'), item.id);
    return (
      <AuthorsPanel shell={pageShell(c)} articlePath={`${basePath}/${item.id}`} authors={authors} />
    );
  },
};

const authorSearch = z.object({ query: z.string().trim().max(100).catch('') });
const authorChoice = z.object({ personId: z.uuid() });

async function loadArticleId(id: string | undefined, db: Parameters<typeof findEditable>[0]) {
  const parsed = itemId.safeParse(id);
  return parsed.success ? (await findEditable(db, articleKind, parsed.data))?.id : undefined;
}

const authorRoutes = new Hono<AppEnv>()
  .use('*', requireRole('editor'))
  .post('/:id/authors/search', async (c) => {
    const { db } = c.get('deps');
    const articleId = await loadArticleId(c.req.param('id'), db);
    if (!articleId) return renderNotFound(c);
    const { query } = authorSearch.parse(await c.req.parseBody());
    const found = query
      ? (await listPeople(db, c.get('viewer'), { query, page: 1, pageSize: 20 })).people
      : [];
    return c.html(
      <AuthorSearchPage
        shell={pageShell(c)}
        articlePath={`${basePath}/${articleId}`}
        query={query}
        found={found}
      />,
    );
  })
  .post('/:id/authors', async (c) => {
    const articleId = await loadArticleId(c.req.param('id'), c.get('deps').db);
    const choice = authorChoice.safeParse(await c.req.parseBody());
    if (!articleId || !choice.success) return renderNotFound(c);
    try {
      await addArticleAuthor({
        context: editingContext(c),
        articleId,
        personId: choice.data.personId,
      });
    } catch (error) {
      // A person the editor may not see is answered like one who does not exist.
      if (error instanceof EditRefused) return renderNotFound(c);
      throw error;
    }
    await setFlash(c, { kind: 'success', key: 'edit.authorAdded' });
    return c.redirect(`${basePath}/${articleId}`, 303);
  })
  .post('/:id/authors/:personId/remove', async (c) => {
    const articleId = await loadArticleId(c.req.param('id'), c.get('deps').db);
    const personId = z.uuid().safeParse(c.req.param('personId'));
    if (!articleId || !personId.success) return renderNotFound(c);
    await removeArticleAuthor({ context: editingContext(c), articleId, personId: personId.data });
    await setFlash(c, { kind: 'success', key: 'edit.authorRemoved' });
    return c.redirect(`${basePath}/${articleId}`, 303);
  });

export const articleEditingRoutes = editingRoutes({
  kind: articleKind,
  basePath,
  reservedSlugs: reservedArticleSlugs,
  publicPath: sitePaths.article,
  texts: {
    list: 'edit.articles.title',
    create: 'edit.articles.new',
    edit: 'edit.articles.edit',
    created: 'edit.articles.created',
  },
  extras: articleExtras,
}).route('/', authorRoutes);
