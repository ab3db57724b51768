// The working fields of a program, shared by the page that creates one and the page that edits it.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../core/web/forms.tsx';
import type { PageShell } from '../../../../core/web/shell.ts';

export function ProgramFields(props: {
  shell: PageShell;
  action: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = {
    slug: t('programs.edit.slug'),
    name: t('programs.edit.name'),
    summary: t('programs.edit.summary'),
    status: t('programs.edit.status'),
    startYear: t('programs.edit.startYear'),
    endYear: t('programs.edit.endYear'),
    published: t('programs.edit.published'),
    position: t('programs.edit.position'),
  };
  const text = (name: keyof typeof labels, hint?: string) => (
    <TextField
      t={t}
      name={name}
      label={labels[name]}
      hint={hint}
      value={values[name]}
      error={errors[name]}
    />
  );
  return (
    <>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        {text('slug', t('programs.edit.slugHint'))}
        {text('name', t('programs.edit.nameHint'))}
        <TextArea
          t={t}
          name="summary"
          label={labels.summary}
          value={values.summary}
          error={errors.summary}
          rows={3}
        />
        <SelectField
          t={t}
          name="status"
          label={labels.status}
          value={values.status ?? 'current'}
          error={errors.status}
          options={[
            { value: 'current', label: t('programs.status.current') },
            { value: 'past', label: t('programs.status.past') },
          ]}
        />
        {text('startYear')}
        {text('endYear')}
        <SelectField
          t={t}
          name="published"
          label={labels.published}
          value={values.published ?? 'yes'}
          error={errors.published}
          options={[
            { value: 'yes', label: t('programs.edit.publishedYes') },
            { value: 'no', label: t('programs.edit.publishedNo') },
          ]}
        />
        {text('position', t('programs.edit.positionHint'))}
        <SubmitButton label={t('programs.edit.save')} />
      </Form>
    </>
  );
}
