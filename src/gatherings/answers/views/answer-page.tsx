// The invitee's answer page: the gathering, their own current answer, and the form. Nothing on
// it concerns any other invitee.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout, MessagePage } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { dateToZonedInput, formatInZone } from '../../zoned-time.ts';
import type { AnswerPageData } from '../answer-page-data.ts';
import type { InvitationState } from '../answers.ts';

const choices = ['accept', 'maybe', 'decline'] as const;

export function AnswerPage(props: {
  shell: PageShell;
  data: AnswerPageData;
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const { shell, data } = props;
  const { t } = shell;
  const errors = props.errors ?? {};
  const saved = data.logistics;
  const time = (moment: string | null | undefined) =>
    moment ? dateToZonedInput(new Date(moment), data.timeZone) : '';
  const values = props.values ?? {
    choice:
      data.state === 'accepted' || data.state === 'waitlisted'
        ? 'accept'
        : data.state === 'maybe'
          ? 'maybe'
          : data.state === 'declined' || data.state === 'cancelled'
            ? 'decline'
            : '',
    listConsent: data.listConsent ? 'yes' : '',
    arrival: time(saved?.arrival),
    departure: time(saved?.departure),
    dietary: saved?.dietary ?? '',
    accessibility: saved?.accessibility ?? '',
    needsVisaLetter: saved?.needsVisaLetter ? 'yes' : '',
    emergencyContactName: saved?.emergencyContactName ?? '',
    emergencyContactPhone: saved?.emergencyContactPhone ?? '',
  };
  const labels = {
    choice: t('answer.choice.legend'),
    arrival: t('answer.field.arrival'),
    departure: t('answer.field.departure'),
    dietary: t('answer.field.dietary'),
    accessibility: t('answer.field.accessibility'),
    emergencyContactName: t('answer.field.emergencyName'),
    emergencyContactPhone: t('answer.field.emergencyPhone'),
  };
  return (
    <Layout shell={shell} title={t('answer.title', { title: data.title })}>
      <h1>{data.title}</h1>
      <dl>
        <dt>{t('answer.gathering.when')}</dt>
        <dd>
          {formatInZone(data.startsAt, shell.locale, data.timeZone)} –{' '}
          {formatInZone(data.endsAt, shell.locale, data.timeZone)}
        </dd>
        <dt>{t('answer.gathering.where')}</dt>
        <dd>
          {data.venue
            ? `${data.venue.name}${data.venue.address ? `, ${data.venue.address}` : ''}`
            : t('answer.gathering.online')}
          {data.onlineUrl && (
            <>
              {' '}
              <a href={data.onlineUrl} rel="noopener noreferrer">
                {data.onlineUrl}
              </a>
            </>
          )}
        </dd>
      </dl>
      <p>{t('answer.current', { state: t(`answer.state.${data.state}`) })}</p>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action="/answer" csrfToken={shell.csrfToken}>
        <fieldset id="field-choice">
          <legend>{labels.choice}</legend>
          {errors.choice && <p class="field-error">{t(errors.choice.key)}</p>}
          {choices.map((choice) => (
            <div class="choice">
              <input
                type="radio"
                id={`choice-${choice}`}
                name="choice"
                value={choice}
                checked={values.choice === choice}
              />
              <label for={`choice-${choice}`}>{t(`answer.choice.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('answer.logistics.legend')}</legend>
          <p class="hint">{t('answer.logistics.hint', { zone: data.timeZone })}</p>
          <TextField
            t={t}
            type="datetime-local"
            name="arrival"
            label={labels.arrival}
            value={values.arrival}
            error={errors.arrival}
          />
          <TextField
            t={t}
            type="datetime-local"
            name="departure"
            label={labels.departure}
            value={values.departure}
            error={errors.departure}
          />
          <TextArea
            t={t}
            name="dietary"
            label={labels.dietary}
            value={values.dietary}
            error={errors.dietary}
            maxLength={1000}
            rows={2}
          />
          <TextArea
            t={t}
            name="accessibility"
            label={labels.accessibility}
            value={values.accessibility}
            error={errors.accessibility}
            maxLength={1000}
            rows={2}
          />
          <div class="choice">
            <input
              type="checkbox"
              id="field-needsVisaLetter"
              name="needsVisaLetter"
              value="yes"
              checked={values.needsVisaLetter === 'yes'}
            />
            <label for="field-needsVisaLetter">{t('answer.field.visa')}</label>
          </div>
          <TextField
            t={t}
            name="emergencyContactName"
            label={labels.emergencyContactName}
            value={values.emergencyContactName}
            error={errors.emergencyContactName}
            maxLength={200}
          />
          <TextField
            t={t}
            type="tel"
            name="emergencyContactPhone"
            label={labels.emergencyContactPhone}
            value={values.emergencyContactPhone}
            error={errors.emergencyContactPhone}
            maxLength={40}
            autocomplete="off"
          />
          <div class="choice">
            <input
              type="checkbox"
              id="field-listConsent"
              name="listConsent"
              value="yes"
              checked={values.listConsent === 'yes'}
            />
            <label for="field-listConsent">{t('answer.field.listConsent')}</label>
          </div>
        </fieldset>
        <p>{t('answer.singleUse')}</p>
        <SubmitButton label={t('answer.submit')} />
      </Form>
    </Layout>
  );
}

export function AnswerDonePage(props: { shell: PageShell; title: string; state: InvitationState }) {
  const { t } = props.shell;
  return (
    <MessagePage
      shell={props.shell}
      title={t('answer.done.title', { title: props.title })}
      message={t(
        `answer.done.${props.state === 'listed' || props.state === 'invited' ? 'maybe' : props.state}`,
      )}
      role="status"
    />
  );
}
