// The archive's list pages: every article, one tag's, one author's. Each names itself with a
// canonical address and links its feed; the list pages exist in every language.
import type { PageHead } from '../../core/web/layout.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { ArticleList, ListPager } from './public-article-list.tsx';
import type { ArticleSummary } from './public-article-rows.ts';

export function ArchivePage(props: {
  shell: PageShell;
  title: string;
  /** A sentence under the title (an author's bio), when there is one. */
  lead?: string;
  articles: readonly ArticleSummary[];
  emptyText: string;
  page: number;
  pages: number;
  pathOf: (page: number) => string;
  head: PageHead;
}) {
  const { shell } = props;
  return (
    <Layout shell={shell} title={props.title} head={props.head}>
      <h1>{props.title}</h1>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.articles.length === 0 ? (
        <p>{props.emptyText}</p>
      ) : (
        <ArticleList shell={shell} articles={props.articles} headingLevel={2} />
      )}
      <ListPager shell={shell} page={props.page} pages={props.pages} pathOf={props.pathOf} />
    </Layout>
  );
}
