// The sign-in page (an address, nothing else) and the page that follows it, which says the same
// thing whether or not the address belongs to an account.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout, MessagePage } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { PasskeySignIn } from './passkeys.tsx';

export function SignInPage(props: {
  shell: PageShell;
  email: string;
  next: string;
  errors: FieldErrors;
  linkFailed: boolean;
}) {
  const { shell, errors } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('signIn.title')}>
      <h1>{t('signIn.title')}</h1>
      {props.linkFailed && (
        <p class="flash flash-error" role="alert">
          {t('signIn.linkFailed')}
        </p>
      )}
      <ErrorSummary t={t} errors={errors} labels={{ email: t('signIn.email') }} />
      <Form action="/sign-in" csrfToken={shell.csrfToken}>
        <input type="hidden" name="next" value={props.next} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('signIn.email')}
          hint={t('signIn.emailHint')}
          value={props.email}
          error={errors.email}
          autocomplete="email"
          required
          maxLength={254}
        />
        <SubmitButton label={t('signIn.submit')} />
      </Form>
      <PasskeySignIn shell={shell} next={props.next} />
    </Layout>
  );
}

export function SignInSentPage(props: { shell: PageShell }) {
  const { t } = props.shell;
  return (
    <MessagePage
      shell={props.shell}
      title={t('signIn.sentTitle')}
      message={t('signIn.sent')}
      role="status"
    />
  );
}
