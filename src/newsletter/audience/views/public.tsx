// Pages a reader opens without an account: the sign-up form, the confirmation button, the
// preferences page and the unsubscribe button. The button pages exist because link scanners
// follow every link in a message: only a POST confirms or unsubscribes.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { Preferences } from '../subscriptions.ts';
import { PreferenceFields } from './choices.tsx';

export function SubscribePage(props: {
  shell: PageShell;
  action: string;
  values: { name: string; email: string } & Preferences;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('audience.subscribe.title')}>
      <h1>{t('audience.subscribe.title')}</h1>
      <p>{t('audience.subscribe.intro')}</p>
      <ErrorSummary
        t={t}
        errors={errors}
        labels={{ name: t('audience.name'), email: t('audience.email') }}
      />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="name"
          label={t('audience.name')}
          hint={t('audience.nameHint')}
          value={values.name}
          error={errors.name}
          autocomplete="name"
          maxLength={200}
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('audience.email')}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          required
          maxLength={254}
        />
        <PreferenceFields t={t} locale={shell.locale} value={values} />
        <SubmitButton label={t('audience.subscribe.submit')} />
      </Form>
    </Layout>
  );
}

/** A page with one sentence and, optionally, one button that posts back to `action`. */
export function ButtonPage(props: {
  shell: PageShell;
  title: string;
  message: string;
  button?: { action: string; label: string };
}) {
  const { shell } = props;
  return (
    <Layout shell={shell} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.button ? undefined : 'status'}>{props.message}</p>
      {props.button && (
        <Form action={props.button.action} csrfToken={shell.csrfToken}>
          <SubmitButton label={props.button.label} />
        </Form>
      )}
    </Layout>
  );
}

export function PreferencesPage(props: {
  shell: PageShell;
  action: string;
  unsubscribeAction: string;
  value: Preferences;
  subscribed: boolean;
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('audience.preferences.title')}>
      <h1>{t('audience.preferences.title')}</h1>
      {!props.subscribed && <p role="status">{t('audience.preferences.notSubscribed')}</p>}
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <PreferenceFields t={t} locale={shell.locale} value={props.value} />
        <SubmitButton label={t('audience.preferences.save')} />
      </Form>
      {props.subscribed && (
        <Form action={props.unsubscribeAction} csrfToken={shell.csrfToken}>
          <SubmitButton label={t('audience.unsubscribe.button')} />
        </Form>
      )}
    </Layout>
  );
}
