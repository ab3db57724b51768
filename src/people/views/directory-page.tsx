// /directory: the filter form, one page of people and the pager. Pages move by POST, like the
// filter form, so that a name searched for never lands in a URL (history, proxies, referrers).
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout, MessagePage } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { OrganizationChoice } from '../directory.ts';

export interface DirectoryPageProps {
  shell: PageShell;
  organizations: OrganizationChoice[];
  /** The filters as typed, to fill the form and the pager again. */
  values: Record<string, string>;
  errors: FieldErrors;
  /** Absent when the filters did not parse. */
  result?: { people: PresentedPerson[]; page: number; pages: number; capped: boolean };
}

const filterNames = ['name', 'country', 'field', 'language', 'organization'] as const;

export function DirectoryPage(props: DirectoryPageProps) {
  const { shell, values, errors, result } = props;
  const { t } = shell;
  const labels = {
    name: t('directory.name'),
    country: t('directory.country'),
    field: t('directory.field'),
    language: t('directory.language'),
    organization: t('directory.organization'),
  };
  return (
    <Layout shell={shell} title={t('directory.title')}>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.lead')}</p>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action="/directory" csrfToken={shell.csrfToken} class="directory-filters">
        <TextField
          t={t}
          name="name"
          type="search"
          label={labels.name}
          value={values.name}
          error={errors.name}
          maxLength={100}
        />
        <TextField
          t={t}
          name="country"
          label={labels.country}
          hint={t('directory.countryHint')}
          value={values.country}
          error={errors.country}
          maxLength={2}
        />
        <TextField
          t={t}
          name="field"
          label={labels.field}
          hint={t('directory.fieldHint')}
          value={values.field}
          error={errors.field}
          maxLength={80}
        />
        <TextField
          t={t}
          name="language"
          label={labels.language}
          hint={t('directory.languageHint')}
          value={values.language}
          error={errors.language}
          maxLength={35}
        />
        <SelectField
          t={t}
          name="organization"
          label={labels.organization}
          value={values.organization}
          error={errors.organization}
          options={[
            { value: '', label: t('directory.anyOrganization') },
            ...props.organizations.map(({ id, name }) => ({ value: id, label: name })),
          ]}
        />
        <SubmitButton label={t('directory.search')} />
      </Form>
      {result && <Results shell={shell} values={values} result={result} />}
    </Layout>
  );
}

function Results(props: {
  shell: PageShell;
  values: Record<string, string>;
  result: NonNullable<DirectoryPageProps['result']>;
}) {
  const { shell, values, result } = props;
  const { t } = shell;
  return (
    <section aria-labelledby="directory-results">
      <h2 id="directory-results">{t('directory.results')}</h2>
      {result.people.length === 0 ? (
        <p>{t('directory.empty')}</p>
      ) : (
        <ul class="directory-list">
          {result.people.map((person) => (
            <li>
              <PersonSummary shell={shell} person={person} />
            </li>
          ))}
        </ul>
      )}
      {result.capped && result.page === result.pages && <p class="hint">{t('directory.capped')}</p>}
      <Pager shell={shell} values={values} page={result.page} pages={result.pages} />
    </section>
  );
}

function PersonSummary(props: { shell: PageShell; person: PresentedPerson }) {
  const { person } = props;
  const { t } = props.shell;
  const facts = [person.residence, ...(person.fields ?? [])].filter(Boolean).join(' · ');
  return (
    <>
      <a href={`/people/${person.id}`}>{person.name}</a>
      {person.pseudonymous && <span class="hint"> ({t('directory.pseudonym')})</span>}
      {facts && <p class="hint">{facts}</p>}
    </>
  );
}

function Pager(props: {
  shell: PageShell;
  values: Record<string, string>;
  page: number;
  pages: number;
}) {
  const { shell, values, page, pages } = props;
  const { t } = shell;
  if (pages <= 1) return null;
  const button = (target: number, label: string) => (
    <Form action="/directory" csrfToken={shell.csrfToken} class="inline-form">
      {filterNames.map((name) =>
        values[name] ? <input type="hidden" name={name} value={values[name]} /> : null,
      )}
      <input type="hidden" name="page" value={String(target)} />
      <button type="submit" class="link-button">
        {label}
      </button>
    </Form>
  );
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {page > 1 && button(page - 1, t('pager.previous'))}{' '}
      <span>{t('pager.status', { page, pages })}</span>{' '}
      {page < pages && button(page + 1, t('pager.next'))}
    </nav>
  );
}

export function DirectoryLimitPage(props: { shell: PageShell }) {
  const { t } = props.shell;
  return (
    <MessagePage
      shell={props.shell}
      title={t('directory.limitTitle')}
      message={t('directory.limitBody')}
    />
  );
}
