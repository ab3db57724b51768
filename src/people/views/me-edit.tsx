// /me/edit: a person corrects their own profile. Lists are typed separated by commas; the tier
// is not here (staff set it, since it decides who sees the person).
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextArea,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { maxBioLength } from '../validation.ts';

export function MeEditPage(props: {
  shell: PageShell;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = {
    displayName: t('me.field.displayName'),
    otherNames: t('me.field.otherNames'),
    residence: t('me.field.residence'),
    languages: t('me.field.languages'),
    fields: t('me.field.fields'),
    bio: t('me.field.bio'),
  };
  return (
    <Layout shell={shell} title={t('me.editTitle')}>
      <h1>{t('me.editTitle')}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action="/me/edit" csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="displayName"
          label={labels.displayName}
          value={values.displayName}
          error={errors.displayName}
          required
          maxLength={200}
        />
        <TextField
          t={t}
          name="otherNames"
          label={labels.otherNames}
          hint={t('me.hint.commas')}
          value={values.otherNames}
          error={errors.otherNames}
        />
        <TextField
          t={t}
          name="residence"
          label={labels.residence}
          hint={t('me.hint.country')}
          value={values.residence}
          error={errors.residence}
          maxLength={2}
        />
        <TextField
          t={t}
          name="languages"
          label={labels.languages}
          hint={t('me.hint.languages')}
          value={values.languages}
          error={errors.languages}
        />
        <TextField
          t={t}
          name="fields"
          label={labels.fields}
          hint={t('me.hint.commas')}
          value={values.fields}
          error={errors.fields}
        />
        <TextArea
          t={t}
          name="bio"
          label={labels.bio}
          hint={t('me.hint.bio', { max: maxBioLength })}
          value={values.bio}
          error={errors.bio}
          rows={8}
          maxLength={maxBioLength}
        />
        <SubmitButton label={t('me.save')} />
      </Form>
      <p>
        <a href="/me">{t('me.back')}</a>
      </p>
    </Layout>
  );
}
