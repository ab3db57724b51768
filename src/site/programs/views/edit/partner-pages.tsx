// /edit/partners: the list of partner organizations and the form for one.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../core/web/forms.tsx';
import { Layout } from '../../../../core/web/layout.tsx';
import type { PageShell } from '../../../../core/web/shell.ts';
import type { PartnerRow } from '../../editing.ts';

export function PartnerListEditPage(props: { shell: PageShell; partners: PartnerRow[] }) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('partners.edit.title')}>
      <h1>{t('partners.edit.title')}</h1>
      <p>
        <a href="/edit/partners/new">{t('partners.edit.new')}</a> ·{' '}
        <a href="/edit/programs">{t('programs.edit.title')}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('partners.edit.name')}</th>
            <th scope="col">{t('partners.edit.website')}</th>
          </tr>
        </thead>
        <tbody>
          {props.partners.map((partner) => (
            <tr>
              <td>
                <a href={`/edit/partners/${partner.id}`}>{partner.name}</a>
              </td>
              <td>{partner.website ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function PartnerFormPage(props: {
  shell: PageShell;
  action: string;
  existing?: PartnerRow;
  organizations: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const title = props.existing
    ? t('partners.edit.editTitle', { partner: props.existing.name })
    : t('partners.edit.new');
  const labels = {
    name: t('partners.edit.name'),
    website: t('partners.edit.website'),
    logoMediaId: t('partners.edit.logo'),
    description: t('partners.edit.description'),
    organizationId: t('partners.edit.organization'),
  };
  return (
    <Layout shell={shell} title={title}>
      <p>
        <a href="/edit/partners">{t('partners.edit.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <TextField t={t} name="name" label={labels.name} value={values.name} error={errors.name} />
        <TextField
          t={t}
          name="website"
          type="url"
          label={labels.website}
          hint={t('partners.edit.websiteHint')}
          value={values.website}
          error={errors.website}
        />
        <TextField
          t={t}
          name="logoMediaId"
          label={labels.logoMediaId}
          hint={t('partners.edit.logoHint')}
          value={values.logoMediaId}
          error={errors.logoMediaId}
        />
        <TextArea
          t={t}
          name="description"
          label={labels.description}
          value={values.description}
          error={errors.description}
        />
        <SelectField
          t={t}
          name="organizationId"
          label={labels.organizationId}
          value={values.organizationId ?? ''}
          error={errors.organizationId}
          options={[
            { value: '', label: t('partners.edit.noOrganization') },
            ...props.organizations.map((organization) => ({
              value: organization.id,
              label: organization.name,
            })),
          ]}
        />
        <SubmitButton label={t('programs.edit.save')} />
      </Form>
    </Layout>
  );
}
