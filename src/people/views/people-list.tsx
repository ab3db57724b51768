// /people for staff: search by the name they are shown, filter by tier, a page at a time.
import type { PresentedPerson } from '../../core/privacy/gate.ts';
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
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (filter.query) params.set('query', filter.query);
    if (filter.tier) params.set('tier', filter.tier);
    params.set('page', String(page));
    return `/people?${params}`;
  };
  return (
    <Layout shell={shell} title={t('people.title')}>
      <h1>{t('people.title')}</h1>
      {props.mayCreate && <a href="/people/new">{t('people.new')}</a>}
      <form method="get" action="/people" class="filters">
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
      </form>
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
        {props.page > 1 && (
          <a href={href(props.page - 1)} rel="prev">
            {t('pager.previous')}
          </a>
        )}{' '}
        {t('pager.status', { page: props.page, pages: props.pages })}{' '}
        {props.page < props.pages && (
          <a href={href(props.page + 1)} rel="next">
            {t('pager.next')}
          </a>
        )}
      </nav>
    </Layout>
  );
}
