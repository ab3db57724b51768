// /organizations/new and /organizations/:id/edit: the fields in one form; on the edit page also
// archiving and the way to merge a duplicate into this one.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { OrganizationView } from '../organizations.ts';

export interface OrganizationFormProps {
  shell: PageShell;
  action: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The organization being edited; none on the page that creates one. */
  existing?: OrganizationView;
}

export function OrganizationFormPage(props: OrganizationFormProps) {
  const { shell, values, errors, existing } = props;
  const { t } = shell;
  const title = existing
    ? t('organizations.editTitle', { name: existing.name })
    : t('organizations.new');
  const labels = {
    name: t('organizations.name'),
    country: t('organizations.country'),
    kind: t('organizations.kind'),
    website: t('organizations.website'),
  };
  const text = (name: keyof typeof labels, hint?: string, type?: 'url') => (
    <TextField
      t={t}
      name={name}
      label={labels[name]}
      hint={hint}
      type={type}
      value={values[name]}
      error={errors[name]}
    />
  );
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      {existing?.archived && <p>{t('organizations.archivedLead')}</p>}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        {text('name')}
        {text('country', t('organizations.hint.country'))}
        {text('kind', t('organizations.hint.kind'))}
        {text('website', t('organizations.hint.website'), 'url')}
        <SubmitButton label={t('organizations.save')} />
      </Form>
      {existing && (
        <>
          <Form
            action={`/organizations/${existing.id}/${existing.archived ? 'unarchive' : 'archive'}`}
            csrfToken={shell.csrfToken}
          >
            <SubmitButton
              label={t(existing.archived ? 'organizations.unarchive' : 'organizations.archive')}
            />
          </Form>
          <p>
            <a href={`/organizations/${existing.id}/merge`}>{t('organizations.merge.link')}</a>
          </p>
        </>
      )}
    </Layout>
  );
}
