// The fields of a draft that pages and articles share: title, address, summary, Markdown body.
import type { Child } from 'hono/jsx';
import type { Translate } from '../../../core/i18n/i18n.ts';
import { type FieldErrors, TextArea, TextField } from '../../../core/web/forms.tsx';
import { maxSlugLength } from '../slugs.ts';
import { maxSummaryLength, maxTitleLength } from '../validation.ts';

export function draftLabels(t: Translate): Record<string, string> {
  return {
    title: t('edit.field.title'),
    slug: t('edit.field.slug'),
    summary: t('edit.field.summary'),
    body: t('edit.field.body'),
    locale: t('edit.field.locale'),
    publishAt: t('edit.field.publishAt'),
    translationOf: t('edit.translations'),
    form: t('edit.form'),
  };
}

export function DraftFields(props: {
  t: Translate;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Fields a kind adds between the summary and the body (an article's tags and cover). */
  children?: Child;
}) {
  const { t, values, errors } = props;
  const labels = draftLabels(t);
  return (
    <>
      <TextField
        t={t}
        name="title"
        label={labels.title ?? ''}
        value={values.title}
        error={errors.title}
        maxLength={maxTitleLength}
        required
      />
      <TextField
        t={t}
        name="slug"
        label={labels.slug ?? ''}
        hint={t('edit.hint.slug')}
        value={values.slug}
        error={errors.slug}
        maxLength={maxSlugLength}
        required
      />
      <TextArea
        t={t}
        name="summary"
        label={labels.summary ?? ''}
        value={values.summary}
        error={errors.summary}
        rows={3}
        maxLength={maxSummaryLength}
      />
      {props.children}
      <TextArea
        t={t}
        name="body"
        label={labels.body ?? ''}
        hint={t('edit.hint.body')}
        value={values.body}
        error={errors.body}
        rows={20}
      />
    </>
  );
}
