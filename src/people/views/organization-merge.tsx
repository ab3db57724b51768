// /organizations/:id/merge: find the duplicate by name, choose it, confirm. The kept organization
// is the one whose page this started from.
import { Form, SubmitButton } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { OrganizationView } from '../organizations.ts';

export function OrganizationMergePage(props: {
  shell: PageShell;
  kept: OrganizationView;
  query: string;
  candidates: OrganizationView[];
  error?: 'organizations.merge.refused';
}) {
  const { shell, kept, candidates } = props;
  const { t } = shell;
  const title = t('organizations.merge.title', { name: kept.name });
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      <p>{t('organizations.merge.lead')}</p>
      {props.error && (
        <p class="field-error" role="alert">
          {t(props.error)}
        </p>
      )}
      <form method="get" action={`/organizations/${kept.id}/merge`}>
        <label for="merge-query">{t('organizations.search')}</label>
        <input id="merge-query" name="query" type="search" value={props.query} maxlength={100} />
        <button type="submit" class="button">
          {t('organizations.filter')}
        </button>
      </form>
      {candidates.length > 0 && (
        <Form action={`/organizations/${kept.id}/merge`} csrfToken={shell.csrfToken}>
          <fieldset>
            <legend>{t('organizations.merge.choose')}</legend>
            {candidates.map((organization) => (
              <div>
                <input
                  type="radio"
                  name="duplicateId"
                  id={`dup-${organization.id}`}
                  value={organization.id}
                />
                <label for={`dup-${organization.id}`}>
                  {organization.name}
                  {organization.country && ` (${organization.country})`}
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton label={t('organizations.merge.submit')} />
        </Form>
      )}
    </Layout>
  );
}
