// Passkeys on the pages: a button to sign in with one, a form to add one, and the list of an
// account's passkeys. WebAuthn exists only in JavaScript, so the button and the form stay hidden
// until the browser script (src/client/passkeys.ts) finds WebAuthn; without it, a sentence says
// why, and everything else on the page works as before. The script's texts come from here.
import { formatMoment } from '../../core/web/format.ts';
import { Form, SubmitButton } from '../../core/web/forms.tsx';
import type { PageShell } from '../../core/web/shell.ts';

export interface PasskeyListed {
  id: string;
  name?: string | null;
  createdAt: Date | string;
}

/** "Sign in with a passkey", then on to `next`. */
export function PasskeySignIn(props: { shell: PageShell; next: string }) {
  const { t } = props.shell;
  return (
    <div
      data-passkey="sign-in"
      data-next={props.next}
      data-failed={t('passkeys.signInFailed')}
      hidden
    >
      <button type="button" class="button" data-passkey-start>
        {t('passkeys.signIn')}
      </button>
      <p role="alert" data-passkey-message />
    </div>
  );
}

/** Naming and adding a passkey, then on to `next`. */
export function PasskeyAdd(props: { shell: PageShell; next: string }) {
  const { t } = props.shell;
  return (
    <>
      <p data-passkey-unsupported>{t('passkeys.needsScript')}</p>
      <form data-passkey="add" data-next={props.next} data-failed={t('passkeys.addFailed')} hidden>
        <div class="field">
          <label for="passkey-name">{t('passkeys.name')}</label>
          <p class="hint" id="passkey-name-hint">
            {t('passkeys.nameHint')}
          </p>
          <input
            id="passkey-name"
            name="name"
            maxlength={60}
            aria-describedby="passkey-name-hint"
            autocomplete="off"
          />
        </div>
        <button type="submit" class="button">
          {t('passkeys.add')}
        </button>
        <p role="alert" data-passkey-message />
      </form>
    </>
  );
}

export function PasskeyList(props: { shell: PageShell; passkeys: PasskeyListed[] }) {
  const { shell } = props;
  const { t } = shell;
  if (props.passkeys.length === 0) return <p>{t('passkeys.none')}</p>;
  return (
    <ul data-passkeys>
      {props.passkeys.map((passkey) => (
        <li>
          <span>{passkey.name || t('passkeys.unnamed')}</span>{' '}
          <span>
            {t('passkeys.added', { date: formatMoment(new Date(passkey.createdAt), shell.locale) })}
          </span>
          <Form action="/account/security/passkeys/remove" csrfToken={shell.csrfToken}>
            <input type="hidden" name="id" value={passkey.id} />
            <SubmitButton label={t('passkeys.remove')} />
          </Form>
        </li>
      ))}
    </ul>
  );
}
