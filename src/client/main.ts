// Progressive enhancement only: every page works without this script. It moves the keyboard
// focus to the summary of form errors after a failed submission, so screen readers announce it,
// and on pages with passkey controls, it makes them work (WebAuthn needs JavaScript).
import { enhancePasskeys } from './passkeys.ts';

const summary = document.querySelector<HTMLElement>('[data-focus-on-load]');
summary?.focus();

if (document.querySelector('[data-passkey]')) enhancePasskeys();
