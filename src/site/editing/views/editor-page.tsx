// The page to write a draft, new or saved: the form (with Save and Preview buttons), the
// preview when asked for, and the side panels of a saved item. Works without JavaScript: the
// Preview button posts the same form to the preview address, which draws this page again.
import type { Child } from 'hono/jsx';
import { localeCodes, locales } from '../../../core/i18n/i18n.ts';
import { ErrorSummary, type FieldErrors, Form, SelectField } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { DraftFields, draftLabels } from './draft-fields.tsx';
import { DraftPreview } from './preview.tsx';

export interface EditorPageProps {
  shell: PageShell;
  heading: string;
  basePath: string;
  /** Where Save posts; Preview posts to `${action}/preview`... see previewAction. */
  action: string;
  previewAction: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Set on a new draft: the language is chosen once, here. */
  chooseLocale?: boolean;
  preview?: { title: string; summary: string; html: string };
  /** Labels of the fields a kind adds, for the error summary. */
  extraLabels?: Record<string, string>;
  extraFields?: Child;
  /** Publishing, translations, authors: only once the item exists. */
  panels?: Child;
}

export function EditorPage(props: EditorPageProps) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = { ...draftLabels(t), ...props.extraLabels };
  return (
    <Layout shell={shell} title={props.heading}>
      <p>
        <a href={props.basePath}>{t('edit.backToList')}</a>
      </p>
      <h1>{props.heading}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      {props.preview && <DraftPreview t={t} {...props.preview} />}
      <Form action={props.action} csrfToken={shell.csrfToken} class="editor-form">
        {props.chooseLocale && (
          <>
            <SelectField
              t={t}
              name="locale"
              label={labels.locale ?? ''}
              value={values.locale}
              error={errors.locale}
              options={localeCodes.map((code) => ({
                value: code,
                label: locales[code].name,
              }))}
            />
            <input type="hidden" name="translationOf" value={values.translationOf ?? ''} />
          </>
        )}
        <DraftFields t={t} values={values} errors={errors}>
          {props.extraFields}
        </DraftFields>
        <div class="form-actions">
          <button type="submit" class="button">
            {t('edit.saveDraft')}
          </button>{' '}
          <button type="submit" class="button" formaction={props.previewAction}>
            {t('edit.preview')}
          </button>
        </div>
      </Form>
      {props.panels}
    </Layout>
  );
}
