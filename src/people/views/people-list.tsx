// /people for staff: search by the name they are shown, filter by tier, a page at a time.
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Form } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { type Tier, tier as tierEnum } from '../tables.ts';

export interface PeopleListProps {
  shell: PageShell;
  people: PresentedPerson[];
  filter: { query: string; tier: Tier | undefined };
  page: number;
  pages: number;
  total: number;
  mayCreate: boolean;
}

export function PeopleListPage(props: PeopleListProps) {
  const { shell, people, filter } = props;
  const { t } = shell;
  // Without a search, pages are links; with one, small forms that post the search again, so
  // the name searched for never appears in a URL.
  const pageLink = (page: number, label: string, rel: 'prev' | 'next') => {
    if (!filter.query) {
      const params = new URLSearchParams({ page: String(page) });
      if (filter.tier) params.set('tier', filter.tier);
      return (
        <a href={`/people?${params}`} rel={rel}>
          {label}
        </a>
      );
    }
    return (
      <Form action="/people" csrfToken={shell.csrfToken} class="inline-form">
        <input type="hidden" name="query" value={filter.query} />
        <input type="hidden" name="tier" value={filter.tier ?? ''} />
        <input type="hidden" name="page" value={String(page)} />
        <button type="submit" class="link-button">
          {label}
        </button>
      </Form>
    );
  };
  return (
    <Layout shell={shell} title={t('people.title')}>
      <h1>{t('people.title')}</h1>
      {props.mayCreate && <a href="/people/new">{t('people.new')}</a>}
      <Form action="/people" csrfToken={shell.csrfToken} class="filters">
        <label for="people-query">{t('people.search')}</label>
        <input id="people-query" name="query" type="search" value={filter.query} maxlength={100} />
        <label for="people-tier">{t('people.tier')}</label>
        <select id="people-tier" name="tier">
          <option value="">{t('people.anyTier')}</option>
          {tierEnum.enumValues.map((value) => (
            <option value={value} selected={filter.tier === value}>
              {t(`people.tier.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('people.filter')}
        </button>
      </Form>
      <p>{t('people.count', { total: props.total })}</p>
      <ul class="people-list">
        {people.map((person) => (
          <li>
            <a href={`/people/${person.id}`}>{person.name}</a>
            {person.tier && ` · ${t(`people.tier.${person.tier}`)}`}
            {person.archived && ` · ${t('people.archivedMark')}`}
          </li>
        ))}
      </ul>
      <nav class="pager" aria-label={t('pager.label')}>
        {props.page > 1 && pageLink(props.page - 1, t('pager.previous'), 'prev')}{' '}
        {t('pager.status', { page: props.page, pages: props.pages })}{' '}
        {props.page < props.pages && pageLink(props.page + 1, t('pager.next'), 'next')}
      </nav>
    </Layout>
  );
}
