// /newsletter/resources: the curated resources, newest first, filtered by topic, language and
// source label (a plain GET form, so a filtered list can be bookmarked).
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import {
  type Resource,
  type ResourceFilters,
  resourcePaths,
  resourcesPerPage,
  sourceLabels,
  topics,
} from '../resources.ts';

export function ResourceListPage(props: {
  shell: PageShell;
  resources: Resource[];
  total: number;
  filters: ResourceFilters;
  languages: string[];
}) {
  const { shell, filters } = props;
  const { t } = shell;
  const pages = Math.max(1, Math.ceil(props.total / resourcesPerPage));
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    if (filters.topic) query.set('topic', filters.topic);
    if (filters.language) query.set('language', filters.language);
    if (filters.label) query.set('label', filters.label);
    query.set('page', String(page));
    return `${resourcePaths.list}?${query}`;
  };
  return (
    <Layout shell={shell} title={t('resources.title')}>
      <h1>{t('resources.title')}</h1>
      <p>
        <a href={resourcePaths.new}>{t('resources.new')}</a>
      </p>
      <form method="get" action={resourcePaths.list} class="filters">
        <Choice
          name="topic"
          label={t('resources.field.topic')}
          any={t('resources.filter.any')}
          value={filters.topic}
          options={topics.map((topic) => [topic, t(`resources.topic.${topic}`)])}
        />
        <Choice
          name="language"
          label={t('resources.field.language')}
          any={t('resources.filter.any')}
          value={filters.language}
          options={props.languages.map((language) => [language, language])}
        />
        <Choice
          name="label"
          label={t('resources.field.sourceLabel')}
          any={t('resources.filter.any')}
          value={filters.label}
          options={sourceLabels.map((label) => [label, t(`resources.label.${label}`)])}
        />
        <button type="submit">{t('resources.filter')}</button>
      </form>
      <p>{t('resources.count', { count: props.total })}</p>
      {props.resources.length === 0 ? (
        <p>{t('resources.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('resources.field.title')}</th>
              <th scope="col">{t('resources.field.outlet')}</th>
              <th scope="col">{t('resources.field.topic')}</th>
              <th scope="col">{t('resources.field.language')}</th>
              <th scope="col">{t('resources.field.sourceLabel')}</th>
              <th scope="col">{t('resources.field.publishedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {props.resources.map((resource) => (
              <tr>
                <td>
                  <a href={resourcePaths.edit(resource.id)}>{resource.title}</a>
                </td>
                <td>{resource.outlet}</td>
                <td>{t(`resources.topic.${resource.topic}`)}</td>
                <td lang={resource.language}>{resource.language}</td>
                <td>{t(`resources.label.${resource.sourceLabel}`)}</td>
                <td>{resource.publishedOn ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('pager.label')}>
          {filters.page > 1 && <a href={pageLink(filters.page - 1)}>{t('pager.previous')}</a>}{' '}
          <span>{t('pager.status', { page: filters.page, pages })}</span>{' '}
          {filters.page < pages && <a href={pageLink(filters.page + 1)}>{t('pager.next')}</a>}
        </nav>
      )}
    </Layout>
  );
}

function Choice(props: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: [string, string][];
}) {
  const id = `filter-${props.name}`;
  return (
    <span class="field">
      <label for={id}>{props.label}</label>{' '}
      <select id={id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
    </span>
  );
}
