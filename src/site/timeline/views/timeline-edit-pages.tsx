// /edit/timeline: the entries by year, and the form for one: when, its image, program and
// article, and its title, text and image description in each language.
import { localeCodes, locales } from '../../../core/i18n/i18n.ts';
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
import { LanguageFieldsets } from '../../editing/views/language-fieldsets.tsx';
import type { TimelineEntryRow } from '../editing.ts';

export function TimelineListEditPage(props: { shell: PageShell; entries: TimelineEntryRow[] }) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('timeline.edit.title')}>
      <h1>{t('timeline.edit.title')}</h1>
      <p>
        <a href="/edit/timeline/new">{t('timeline.edit.new')}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('timeline.edit.when')}</th>
            <th scope="col">{t('timeline.edit.entry')}</th>
            <th scope="col">{t('programs.edit.languages')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr>
              <td>
                {entry.year}
                {entry.month !== null && `-${String(entry.month).padStart(2, '0')}`}
              </td>
              <td>
                <a href={`/edit/timeline/${entry.id}`}>{entry.texts[0]?.title ?? entry.id}</a>
              </td>
              <td>{entry.texts.map((text) => text.locale).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function TimelineFormPage(props: {
  shell: PageShell;
  existing?: TimelineEntryRow;
  programs: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors, existing } = props;
  const { t } = shell;
  const title = existing ? t('timeline.edit.editTitle') : t('timeline.edit.new');
  const labels: Record<string, string> = {
    year: t('timeline.edit.year'),
    month: t('timeline.edit.month'),
    imageMediaId: t('timeline.edit.image'),
    programId: t('timeline.edit.program'),
    articleId: t('timeline.edit.article'),
  };
  for (const code of localeCodes) {
    const language = locales[code].name;
    labels[`title_${code}`] = t('timeline.edit.titleIn', { language });
    labels[`body_${code}`] = t('timeline.edit.bodyIn', { language });
    labels[`imageAlt_${code}`] = t('timeline.edit.imageAltIn', { language });
  }
  const text = (name: string, hint?: string) => (
    <TextField
      t={t}
      name={name}
      label={labels[name] ?? name}
      hint={hint}
      value={values[name]}
      error={errors[name]}
    />
  );
  return (
    <Layout shell={shell} title={title}>
      <p>
        <a href="/edit/timeline">{t('timeline.edit.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form
        action={existing ? `/edit/timeline/${existing.id}` : '/edit/timeline/new'}
        csrfToken={shell.csrfToken}
      >
        {text('year')}
        {text('month', t('timeline.edit.monthHint'))}
        {text('imageMediaId', t('partners.edit.logoHint'))}
        <SelectField
          t={t}
          name="programId"
          label={labels.programId ?? ''}
          value={values.programId ?? ''}
          error={errors.programId}
          options={[
            { value: '', label: t('partners.edit.noOrganization') },
            ...props.programs.map((program) => ({ value: program.id, label: program.name })),
          ]}
        />
        {text('articleId', t('timeline.edit.articleHint'))}
        <LanguageFieldsets
          fields={(code) => (
            <>
              {text(`title_${code}`)}
              <TextArea
                t={t}
                name={`body_${code}`}
                label={labels[`body_${code}`] ?? ''}
                hint={t('programs.edit.bodyHint')}
                value={values[`body_${code}`]}
                error={errors[`body_${code}`]}
                rows={5}
              />
              {text(`imageAlt_${code}`)}
            </>
          )}
        />
        <SubmitButton label={t('programs.edit.save')} />
      </Form>
      {existing && (
        <Form action={`/edit/timeline/${existing.id}/delete`} csrfToken={shell.csrfToken}>
          <SubmitButton label={t('timeline.edit.delete')} />
        </Form>
      )}
    </Layout>
  );
}
