// /gatherings/:id/notes: the note editor with its name check, and the notes kept so far.
import { raw } from 'hono/html';
import { formatMoment } from '../../../core/web/format.ts';
import { ErrorSummary, type FieldErrors, Form, TextArea } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { ConveningGathering } from '../context.ts';
import type { PresentedNote } from '../notes.ts';

export function NotesPage(props: {
  shell: PageShell;
  gathering: ConveningGathering;
  action: string;
  body: string;
  errors: FieldErrors;
  /** Passages of the draft that are names of invitees; undefined when not checked. */
  namesFound: string[] | undefined;
  notes: PresentedNote[];
}) {
  const { shell, gathering, namesFound } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('notes.title', { title: gathering.title })}>
      <h1>{t('notes.title', { title: gathering.title })}</h1>
      <p class="hint">{t('notes.rule')}</p>
      <ErrorSummary t={t} errors={props.errors} labels={{ body: t('notes.body') }} />
      {namesFound && namesFound.length > 0 && (
        <div class="error-summary" role="alert" tabindex={-1} data-focus-on-load>
          <h2>{t('notes.namesFound')}</h2>
          <ul>
            {namesFound.map((passage) => (
              <li>{passage}</li>
            ))}
          </ul>
          <p>{t('notes.rephrase')}</p>
        </div>
      )}
      {namesFound && namesFound.length === 0 && <p role="status">{t('notes.noNamesFound')}</p>}
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <TextArea
          t={t}
          name="body"
          label={t('notes.body')}
          hint={t('notes.bodyHint')}
          value={props.body}
          rows={12}
          error={props.errors.body}
        />
        {namesFound && namesFound.length > 0 && (
          <p>
            <input type="checkbox" id="field-saveAnyway" name="saveAnyway" value="yes" />{' '}
            <label for="field-saveAnyway">{t('notes.saveAnyway')}</label>
          </p>
        )}
        <button type="submit" name="intent" value="check" class="button">
          {t('notes.check')}
        </button>{' '}
        <button type="submit" name="intent" value="save" class="button">
          {t('notes.save')}
        </button>
      </Form>
      <h2>{t('notes.list')}</h2>
      {props.notes.length === 0 && <p>{t('notes.none')}</p>}
      {props.notes.map((note) => (
        <article class="gathering-note">
          <p class="hint">
            <time datetime={note.createdAt.toISOString()}>
              {formatMoment(note.createdAt, shell.locale)}
            </time>
          </p>
          {raw(note.html)}
        </article>
      ))}
    </Layout>
  );
}
