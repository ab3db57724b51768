// Pages of invitations: the staff form to invite someone by address, and for the invitee the
// page with the button that accepts (a button, so that a mail scanner opening the link spends
// nothing) or the page that says the link no longer works.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';

export function InviteByEmailPage(props: {
  shell: PageShell;
  values: { email?: string; displayName?: string };
  errors: FieldErrors;
}) {
  const { shell, errors, values } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('invitations.title')}>
      <h1>{t('invitations.title')}</h1>
      <p>{t('invitations.lead')}</p>
      <ErrorSummary
        t={t}
        errors={errors}
        labels={{ email: t('invitations.email'), displayName: t('invitations.displayName') }}
      />
      <Form action="/account/invitations" csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="displayName"
          label={t('invitations.displayName')}
          value={values.displayName}
          error={errors.displayName}
          required
          maxLength={200}
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('invitations.email')}
          value={values.email}
          error={errors.email}
          autocomplete="off"
          required
          maxLength={254}
        />
        <SubmitButton label={t('invitations.submit')} />
      </Form>
    </Layout>
  );
}

export function AcceptInvitationPage(props: { shell: PageShell; token: string }) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('invitations.acceptTitle')}>
      <h1>{t('invitations.acceptTitle')}</h1>
      <p>{t('invitations.acceptLead')}</p>
      <Form action="/invitations/accept" csrfToken={shell.csrfToken}>
        <input type="hidden" name="token" value={props.token} />
        <SubmitButton label={t('invitations.acceptSubmit')} />
      </Form>
    </Layout>
  );
}

export function InvitationUnusablePage(props: { shell: PageShell; hasAccount: boolean }) {
  const { t } = props.shell;
  return (
    <Layout shell={props.shell} title={t('invitations.unusableTitle')}>
      <h1>{t('invitations.unusableTitle')}</h1>
      <p role="alert">
        {t(props.hasAccount ? 'invitations.alreadyAccount' : 'invitations.unusable')}
      </p>
      <p>
        <a href="/sign-in">{t('invitations.signInInstead')}</a>
      </p>
    </Layout>
  );
}
