// /organizations for staff: search by name, a page at a time; editors may add one.
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { OrganizationView } from '../organizations.ts';

export interface OrganizationListProps {
  shell: PageShell;
  organizations: OrganizationView[];
  query: string;
  page: number;
  pages: number;
  total: number;
  mayEdit: boolean;
}

export function OrganizationListPage(props: OrganizationListProps) {
  const { shell, query } = props;
  const { t } = shell;
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (query) params.set('query', query);
    params.set('page', String(page));
    return `/organizations?${params}`;
  };
  return (
    <Layout shell={shell} title={t('organizations.title')}>
      <h1>{t('organizations.title')}</h1>
      {props.mayEdit && <a href="/organizations/new">{t('organizations.new')}</a>}
      <form method="get" action="/organizations" class="filters">
        <label for="organizations-query">{t('organizations.search')}</label>
        <input id="organizations-query" name="query" type="search" value={query} maxlength={100} />
        <button type="submit" class="button">
          {t('organizations.filter')}
        </button>
      </form>
      <p>{t('organizations.count', { total: props.total })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('organizations.name')}</th>
            <th scope="col">{t('organizations.country')}</th>
            <th scope="col">{t('organizations.kind')}</th>
            <th scope="col">{t('organizations.website')}</th>
          </tr>
        </thead>
        <tbody>
          {props.organizations.map((organization) => (
            <tr>
              <td>
                {props.mayEdit ? (
                  <a href={`/organizations/${organization.id}/edit`}>{organization.name}</a>
                ) : (
                  organization.name
                )}
                {organization.archived && ` · ${t('organizations.archivedMark')}`}
              </td>
              <td>{organization.country ?? ''}</td>
              <td>{organization.kind}</td>
              <td>
                {organization.website && (
                  <a href={organization.website} rel="noopener noreferrer nofollow">
                    {organization.website}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
