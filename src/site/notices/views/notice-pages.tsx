// /edit/notices: the list of notices with their windows, and the form for one, with a message
// (and a link label) per language, and what it concerns: the whole site, or (a travel advisory)
// a venue or a country, shown on their gatherings and, if marked so, as a site banner too.
// Times are typed and shown in UTC, and the form says so.
import { localeCodes, locales } from '../../../core/i18n/i18n.ts';
import { formatMoment } from '../../../core/web/format.ts';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { LanguageFieldsets } from '../../editing/views/language-fieldsets.tsx';
import type { NoticeRow } from '../notices.ts';

type VenueChoice = { id: string; name: string; country: string };

export function NoticeListPage(props: {
  shell: PageShell;
  notices: NoticeRow[];
  venues: VenueChoice[];
  now: Date;
}) {
  const { shell } = props;
  const { t, locale } = shell;
  const venueNames = new Map(props.venues.map((venue) => [venue.id, venue.name]));
  const concerns = (notice: NoticeRow) =>
    notice.venueId
      ? (venueNames.get(notice.venueId) ?? '')
      : (notice.country ?? t('notices.edit.wholeSite'));
  const state = (notice: NoticeRow) =>
    notice.endsAt <= props.now
      ? t('notices.edit.ended')
      : notice.startsAt > props.now
        ? t('notices.edit.upcoming')
        : t('notices.edit.inForce');
  return (
    <Layout shell={shell} title={t('notices.edit.title')}>
      <h1>{t('notices.edit.title')}</h1>
      <p>
        <a href="/edit/notices/new">{t('notices.edit.new')}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('notices.edit.message')}</th>
            <th scope="col">{t('notices.edit.severity')}</th>
            <th scope="col">{t('notices.edit.concerns')}</th>
            <th scope="col">{t('notices.edit.startsAt')}</th>
            <th scope="col">{t('notices.edit.endsAt')}</th>
            <th scope="col">{t('notices.edit.state')}</th>
          </tr>
        </thead>
        <tbody>
          {props.notices.map((notice) => (
            <tr>
              <td>
                <a href={`/edit/notices/${notice.id}`}>{notice.texts[0]?.message ?? notice.id}</a>
              </td>
              <td>{t(`notices.severity.${notice.severity}`)}</td>
              <td>
                {concerns(notice)}
                {notice.siteBanner && (notice.venueId || notice.country)
                  ? ` (${t('notices.edit.alsoBanner')})`
                  : ''}
              </td>
              <td>{formatMoment(notice.startsAt, locale)}</td>
              <td>{formatMoment(notice.endsAt, locale)}</td>
              <td>{state(notice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function NoticeFormPage(props: {
  shell: PageShell;
  existing?: NoticeRow;
  venues: VenueChoice[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors, existing } = props;
  const { t } = shell;
  const title = existing ? t('notices.edit.editTitle') : t('notices.edit.new');
  const labels: Record<string, string> = {
    severity: t('notices.edit.severity'),
    startsAt: t('notices.edit.startsAt'),
    endsAt: t('notices.edit.endsAt'),
    linkUrl: t('notices.edit.link'),
    venueId: t('notices.edit.venue'),
    country: t('notices.edit.country'),
    siteBanner: t('notices.edit.siteBanner'),
  };
  for (const code of localeCodes) {
    labels[`message_${code}`] = t('notices.edit.messageIn', { language: locales[code].name });
    labels[`linkLabel_${code}`] = t('notices.edit.linkLabelIn', { language: locales[code].name });
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
        <a href="/edit/notices">{t('notices.edit.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form
        action={existing ? `/edit/notices/${existing.id}` : '/edit/notices/new'}
        csrfToken={shell.csrfToken}
      >
        <SelectField
          t={t}
          name="severity"
          label={labels.severity ?? ''}
          value={values.severity ?? 'info'}
          error={errors.severity}
          options={(['info', 'warning', 'critical'] as const).map((severity) => ({
            value: severity,
            label: t(`notices.severity.${severity}`),
          }))}
        />
        {text('startsAt', t('notices.edit.momentHint'))}
        {text('endsAt', t('notices.edit.momentHint'))}
        {text('linkUrl', t('notices.edit.linkHint'))}
        <fieldset>
          <legend>{t('notices.edit.concerns')}</legend>
          <p class="hint">{t('notices.edit.concernsHint')}</p>
          <SelectField
            t={t}
            name="venueId"
            label={labels.venueId ?? ''}
            value={values.venueId ?? ''}
            error={errors.venueId}
            options={[
              { value: '', label: t('notices.edit.noVenue') },
              ...props.venues.map((venue) => ({
                value: venue.id,
                label: `${venue.name} (${venue.country})`,
              })),
            ]}
          />
          {text('country', t('notices.edit.countryHint'))}
          <label class="checkbox">
            <input
              type="checkbox"
              name="siteBanner"
              value="on"
              checked={values.siteBanner === 'on'}
            />{' '}
            {labels.siteBanner}
          </label>
        </fieldset>
        <LanguageFieldsets
          fields={(code) => (
            <>
              {text(`message_${code}`)}
              {text(`linkLabel_${code}`)}
            </>
          )}
        />
        <SubmitButton label={t('programs.edit.save')} />
      </Form>
      {existing && (
        <Form action={`/edit/notices/${existing.id}/delete`} csrfToken={shell.csrfToken}>
          <SubmitButton label={t('notices.edit.delete')} />
        </Form>
      )}
    </Layout>
  );
}
