// The side panels of an edit page: publishing (now, scheduled, off the site) and the other
// language versions, with a way to start a new one.
import { type Locale, localeCodes, locales, type Translate } from '../../../core/i18n/i18n.ts';
import { type FieldErrors, Form, TextField } from '../../../core/web/forms.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { TranslationLink } from '../editable.ts';
import type { EditingStatus } from '../status.ts';
import { StatusLabel } from './status-label.tsx';

export function PublishingPanel(props: {
  shell: PageShell;
  action: string;
  status: EditingStatus;
  publishAt: Date | null;
  publicPath: string;
  scheduleValue: string;
  errors: FieldErrors;
}) {
  const { shell, action, status } = props;
  const { t } = shell;
  return (
    <section aria-labelledby="publishing-heading" class="panel">
      <h2 id="publishing-heading">{t('edit.publishing')}</h2>
      <p>
        <StatusLabel t={t} locale={shell.locale} status={status} publishAt={props.publishAt} />
        {(status === 'published' || status === 'changed') && (
          <>
            {' '}
            <a href={props.publicPath}>{t('edit.viewPublic')}</a>
          </>
        )}
      </p>
      <Form action={`${action}/publish`} csrfToken={shell.csrfToken} class="inline-form">
        <button type="submit" class="button">
          {t('edit.publishNow')}
        </button>
      </Form>
      <Form action={`${action}/schedule`} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="publishAt"
          label={t('edit.field.publishAt')}
          hint={t('edit.hint.publishAt')}
          value={props.scheduleValue}
          error={props.errors.publishAt}
        />
        <button type="submit" class="button">
          {t('edit.schedule')}
        </button>
      </Form>
      {status !== 'draft' && (
        <Form action={`${action}/unpublish`} csrfToken={shell.csrfToken} class="inline-form">
          <button type="submit" class="button">
            {status === 'scheduled' ? t('edit.cancelSchedule') : t('edit.unpublish')}
          </button>
        </Form>
      )}
      <p>
        <a href={`${action}/revisions`}>{t('edit.revisions')}</a>
      </p>
    </section>
  );
}

export function TranslationsPanel(props: {
  t: Translate;
  basePath: string;
  itemId: string;
  locale: Locale;
  translations: TranslationLink[];
}) {
  const { t, basePath, translations } = props;
  const taken = new Set<Locale>([props.locale, ...translations.map((other) => other.locale)]);
  const missing = localeCodes.filter((code) => !taken.has(code));
  return (
    <section aria-labelledby="translations-heading" class="panel">
      <h2 id="translations-heading">{t('edit.translations')}</h2>
      {translations.length === 0 ? (
        <p>{t('edit.noTranslations')}</p>
      ) : (
        <ul>
          {translations.map((other) => (
            <li lang={other.locale}>
              <a href={`${basePath}/${other.id}`}>
                {locales[other.locale].name}: {other.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        // A GET with ids only: it opens the new-draft form, it changes nothing.
        <form method="get" action={`${basePath}/new`} class="inline-form">
          <input type="hidden" name="translationOf" value={props.itemId} />
          <label for="translation-locale">{t('edit.addTranslation')}</label>
          <select id="translation-locale" name="locale">
            {missing.map((code) => (
              <option value={code}>{locales[code].name}</option>
            ))}
          </select>
          <button type="submit" class="button">
            {t('edit.addTranslationButton')}
          </button>
        </form>
      )}
    </section>
  );
}
