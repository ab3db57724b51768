// The pages of the second factor: enrolling an authenticator (the secret as text and as an
// otpauth:// URI, no picture from a third party), the backup codes shown once, the code asked at
// sign-in, and the account's security page with "sign out everywhere".
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout, MessagePage } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { PasskeyAdd, PasskeyList, type PasskeyListed, PasskeySignIn } from './passkeys.tsx';

function CodeField(props: { shell: PageShell; errors: FieldErrors; hint: string }) {
  const { t } = props.shell;
  return (
    <TextField
      t={t}
      name="code"
      label={t('security.code')}
      hint={props.hint}
      error={props.errors.code}
      autocomplete="one-time-code"
      required
      maxLength={32}
    />
  );
}

export function EnrolPage(props: {
  shell: PageShell;
  secret: string;
  totpUri: string;
  next: string;
  errors: FieldErrors;
}) {
  const { shell, errors } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('security.enrolTitle')}>
      <h1>{t('security.enrolTitle')}</h1>
      <p>{t('security.enrolWhy')}</p>
      <ErrorSummary t={t} errors={errors} labels={{ code: t('security.code') }} />
      <h2>{t('security.enrolSecretHeading')}</h2>
      <p>{t('security.enrolSecretHelp')}</p>
      <p>
        <code data-totp-secret>{props.secret}</code>
      </p>
      <p>{t('security.enrolUriHelp')}</p>
      <p>
        <a href={props.totpUri} data-totp-uri>
          {t('security.enrolUriLink')}
        </a>
      </p>
      <Form action="/account/security/enrol" csrfToken={shell.csrfToken}>
        <input type="hidden" name="next" value={props.next} />
        <CodeField shell={shell} errors={errors} hint={t('security.enrolCodeHint')} />
        <SubmitButton label={t('security.enrolSubmit')} />
      </Form>
      <h2>{t('passkeys.heading')}</h2>
      <p>{t('passkeys.orEnrol')}</p>
      <PasskeyAdd shell={shell} next={props.next} />
    </Layout>
  );
}

export function BackupCodesPage(props: { shell: PageShell; codes: string[]; next: string }) {
  const { t } = props.shell;
  return (
    <Layout shell={props.shell} title={t('security.backupTitle')}>
      <h1>{t('security.backupTitle')}</h1>
      <p role="status">{t('security.backupHelp')}</p>
      <ul data-backup-codes>
        {props.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={props.next}>
          {t('security.backupContinue')}
        </a>
      </p>
    </Layout>
  );
}

/** The second factor at sign-in: a code (with TOTP), a passkey (with one), or either. */
export function VerifyPage(props: {
  shell: PageShell;
  next: string;
  errors: FieldErrors;
  totp: boolean;
  passkey: boolean;
}) {
  const { shell, errors } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('security.verifyTitle')}>
      <h1>{t('security.verifyTitle')}</h1>
      <ErrorSummary t={t} errors={errors} labels={{ code: t('security.code') }} />
      {props.passkey && <PasskeySignIn shell={shell} next={props.next} />}
      {props.passkey && !props.totp && (
        <p data-passkey-unsupported>{t('passkeys.signInNeedsScript')}</p>
      )}
      {props.totp && (
        <Form action="/sign-in/verify" csrfToken={shell.csrfToken}>
          <input type="hidden" name="next" value={props.next} />
          <CodeField shell={shell} errors={errors} hint={t('security.verifyHint')} />
          <SubmitButton label={t('security.verifySubmit')} />
        </Form>
      )}
    </Layout>
  );
}

/** The answer to too many tries: the same for every account and every reason. */
export function TooManyTriesPage(props: { shell: PageShell }) {
  const { t } = props.shell;
  return (
    <MessagePage
      shell={props.shell}
      title={t('security.tooManyTitle')}
      message={t('security.tooMany')}
      role="status"
    />
  );
}

export function SecurityPage(props: {
  shell: PageShell;
  secondFactor: boolean;
  passkeys: PasskeyListed[];
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('security.title')}>
      <h1>{t('security.title')}</h1>
      <p>{props.secondFactor ? t('security.secondFactorOn') : t('security.secondFactorOff')}</p>
      <h2>{t('passkeys.heading')}</h2>
      <p>{t('passkeys.help')}</p>
      <PasskeyList shell={shell} passkeys={props.passkeys} />
      <PasskeyAdd shell={shell} next="/account/security" />
      <h2>{t('security.everywhereHeading')}</h2>
      <p>{t('security.everywhereHelp')}</p>
      <Form action="/account/security/sign-out-everywhere" csrfToken={shell.csrfToken}>
        <SubmitButton label={t('security.everywhereSubmit')} />
      </Form>
    </Layout>
  );
}
