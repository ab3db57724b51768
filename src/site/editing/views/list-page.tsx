// /edit/pages and /edit/articles: every item with its language and status, newest change first,
// filtered by language with a GET (a language code is no secret).
import { type Locale, localeCodes, locales } from '../../../core/i18n/i18n.ts';
import { formatMoment } from '../../../core/web/format.ts';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { EditingListEntry } from '../status.ts';
import { StatusLabel } from './status-label.tsx';

export function EditingListPage(props: {
  shell: PageShell;
  heading: string;
  newLabel: string;
  basePath: string;
  entries: EditingListEntry[];
  locale: Locale | undefined;
}) {
  const { shell, basePath } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={props.heading}>
      <h1>{props.heading}</h1>
      <p>
        <a href={`${basePath}/new`}>{props.newLabel}</a>
      </p>
      <form method="get" action={basePath} class="filters">
        <label for="filter-locale">{t('edit.field.locale')}</label>
        <select id="filter-locale" name="locale">
          <option value="">{t('edit.anyLocale')}</option>
          {localeCodes.map((code) => (
            <option value={code} selected={props.locale === code}>
              {locales[code].name}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('edit.filter')}
        </button>
      </form>
      {props.entries.length === 0 ? (
        <p>{t('edit.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('edit.field.title')}</th>
              <th scope="col">{t('edit.field.locale')}</th>
              <th scope="col">{t('edit.field.slug')}</th>
              <th scope="col">{t('edit.status')}</th>
              <th scope="col">{t('edit.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry) => (
              <tr>
                <td>
                  <a href={`${basePath}/${entry.id}`}>{entry.title}</a>
                </td>
                <td>{locales[entry.locale]?.name ?? entry.locale}</td>
                <td>{entry.slug}</td>
                <td>
                  <StatusLabel
                    t={t}
                    locale={shell.locale}
                    status={entry.status}
                    publishAt={entry.publishAt}
                  />
                </td>
                <td>{formatMoment(entry.updatedAt, shell.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
