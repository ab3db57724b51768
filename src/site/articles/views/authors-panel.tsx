// The authors of an article on its edit page, and the page of people found by a search. The
// search is a POST: a name typed in never becomes part of an address.
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import { Form } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';

function AuthorSearchForm(props: { shell: PageShell; articlePath: string; query: string }) {
  const { shell } = props;
  return (
    <Form action={`${props.articlePath}/authors/search`} csrfToken={shell.csrfToken}>
      <label for="author-query">{shell.t('edit.authorSearch')}</label>
      <input id="author-query" name="query" type="search" value={props.query} maxlength={100} />
      <button type="submit" class="button">
        {shell.t('edit.authorSearchButton')}
      </button>
    </Form>
  );
}

function tierNote(shell: PageShell, person: PresentedPerson) {
  return person.tier && person.tier !== 'public'
    ? ` (${shell.t('edit.authorNotPublic', { tier: shell.t(`people.tier.${person.tier}`) })})`
    : '';
}

export function AuthorsPanel(props: {
  shell: PageShell;
  articlePath: string;
  authors: PresentedPerson[];
}) {
  const { shell, articlePath } = props;
  const { t } = shell;
  return (
    <section aria-labelledby="authors-heading" class="panel">
      <h2 id="authors-heading">{t('edit.authors')}</h2>
      {props.authors.length === 0 ? (
        <p>{t('edit.noAuthors')}</p>
      ) : (
        <ul>
          {props.authors.map((author) => (
            <li>
              {author.name}
              {tierNote(shell, author)}{' '}
              <Form
                action={`${articlePath}/authors/${author.id}/remove`}
                csrfToken={shell.csrfToken}
                class="inline-form"
              >
                <button type="submit" class="link-button">
                  {t('edit.authorRemove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <AuthorSearchForm shell={shell} articlePath={articlePath} query="" />
    </section>
  );
}

export function AuthorSearchPage(props: {
  shell: PageShell;
  articlePath: string;
  query: string;
  found: PresentedPerson[];
}) {
  const { shell, articlePath } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('edit.authors')}>
      <p>
        <a href={articlePath}>{t('edit.backToDraft')}</a>
      </p>
      <h1>{t('edit.authors')}</h1>
      <AuthorSearchForm shell={shell} articlePath={articlePath} query={props.query} />
      {props.found.length === 0 ? (
        <p>{t('edit.noPeopleFound')}</p>
      ) : (
        <ul>
          {props.found.map((person) => (
            <li>
              {person.name}
              {tierNote(shell, person)}{' '}
              <Form
                action={`${articlePath}/authors`}
                csrfToken={shell.csrfToken}
                class="inline-form"
              >
                <input type="hidden" name="personId" value={person.id} />
                <button type="submit" class="button">
                  {t('edit.authorAdd')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
