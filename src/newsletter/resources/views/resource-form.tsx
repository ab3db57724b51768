// The form that adds or changes a resource; on the page that adds one, "Add by URL" above it.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { resourcePaths, sourceLabels, topics } from '../resources.ts';

export function ResourceFormPage(props: {
  shell: PageShell;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The resource being edited; none on the page that adds one. */
  resourceId?: string;
  /** Set when the form was just filled from a fetched page. */
  fetched?: boolean;
}) {
  const { shell, values, errors, resourceId } = props;
  const { t } = shell;
  const title = resourceId ? t('resources.edit') : t('resources.new');
  const labels = {
    fetchUrl: t('resources.byUrl'),
    title: t('resources.field.title'),
    url: t('resources.field.url'),
    outlet: t('resources.field.outlet'),
    language: t('resources.field.language'),
    publishedOn: t('resources.field.publishedOn'),
    topic: t('resources.field.topic'),
    summary: t('resources.field.summary'),
    sourceLabel: t('resources.field.sourceLabel'),
  };
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      {!resourceId && (
        <Form action={resourcePaths.fetch} csrfToken={shell.csrfToken} class="add-by-url">
          <TextField
            t={t}
            type="url"
            name="fetchUrl"
            label={labels.fetchUrl}
            hint={t('resources.byUrlHint')}
            value={values.fetchUrl}
            error={errors.fetchUrl}
          />
          <SubmitButton label={t('resources.byUrlButton')} />
        </Form>
      )}
      {props.fetched && (
        <p class="notice" role="status">
          {t('resources.fetched')}
        </p>
      )}
      <Form
        action={resourceId ? resourcePaths.edit(resourceId) : resourcePaths.new}
        csrfToken={shell.csrfToken}
      >
        <TextField
          t={t}
          name="title"
          label={labels.title}
          value={values.title}
          error={errors.title}
        />
        <TextField
          t={t}
          type="url"
          name="url"
          label={labels.url}
          hint={t('resources.field.urlHint')}
          value={values.url}
          error={errors.url}
        />
        <TextField
          t={t}
          name="outlet"
          label={labels.outlet}
          value={values.outlet}
          error={errors.outlet}
        />
        <TextField
          t={t}
          name="language"
          label={labels.language}
          hint={t('resources.field.languageHint')}
          value={values.language}
          error={errors.language}
        />
        <TextField
          t={t}
          type="date"
          name="publishedOn"
          label={labels.publishedOn}
          value={values.publishedOn}
          error={errors.publishedOn}
        />
        <SelectField
          t={t}
          name="topic"
          label={labels.topic}
          value={values.topic}
          error={errors.topic}
          options={topics.map((topic) => ({ value: topic, label: t(`resources.topic.${topic}`) }))}
        />
        <SelectField
          t={t}
          name="sourceLabel"
          label={labels.sourceLabel}
          hint={t('resources.field.sourceLabelHint')}
          value={values.sourceLabel}
          error={errors.sourceLabel}
          options={sourceLabels.map((label) => ({
            value: label,
            label: t(`resources.label.${label}`),
          }))}
        />
        <TextArea
          t={t}
          name="summary"
          label={labels.summary}
          value={values.summary}
          error={errors.summary}
          rows={5}
        />
        <SubmitButton label={t('resources.save')} />
      </Form>
      {resourceId && (
        <Form action={resourcePaths.delete(resourceId)} csrfToken={shell.csrfToken}>
          <p class="hint">{t('resources.deleteHint')}</p>
          <button type="submit">{t('resources.delete')}</button>
        </Form>
      )}
    </Layout>
  );
}
