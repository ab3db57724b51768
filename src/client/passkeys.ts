// Passkeys in the browser: WebAuthn is a JavaScript API, so this is the one part of the site that
// needs the script. The pages hide the passkey controls (data-passkey) until this finds WebAuthn.
// better-auth's endpoints make the challenge and check the answer; texts come from the page.
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';

const api = '/api/auth/passkey';

export function enhancePasskeys(): void {
  if (!browserSupportsWebAuthn()) return;
  for (const note of document.querySelectorAll<HTMLElement>('[data-passkey-unsupported]')) {
    note.hidden = true;
  }
  for (const block of document.querySelectorAll<HTMLElement>('[data-passkey]')) {
    block.hidden = false;
    if (block.dataset.passkey === 'sign-in') {
      block.querySelector('[data-passkey-start]')?.addEventListener('click', () => {
        void run(block, signIn);
      });
    } else if (block instanceof HTMLFormElement) {
      block.addEventListener('submit', (event) => {
        event.preventDefault();
        const name = new FormData(block).get('name');
        void run(block, () => addPasskey(typeof name === 'string' ? name.trim() : ''));
      });
    }
  }
}

async function run(block: HTMLElement, ceremony: () => Promise<void>): Promise<void> {
  const message = block.querySelector<HTMLElement>('[data-passkey-message]');
  if (message) message.textContent = '';
  try {
    await ceremony();
    // Only a path on this site (the server made it safe; this keeps it so).
    const next = block.dataset.next ?? '/';
    window.location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  } catch {
    if (message) message.textContent = block.dataset.failed ?? '';
  }
}

async function signIn(): Promise<void> {
  const optionsJSON = await getJson(`${api}/generate-authenticate-options`);
  const response = await startAuthentication({ optionsJSON });
  await postJson(`${api}/verify-authentication`, { response });
}

async function addPasskey(name: string): Promise<void> {
  const optionsJSON = await getJson(`${api}/generate-register-options`);
  const response = await startRegistration({ optionsJSON });
  await postJson(`${api}/verify-registration`, name ? { response, name } : { response });
}

async function getJson(url: string) {
  const answer = await fetch(url, { credentials: 'same-origin' });
  if (!answer.ok) throw new Error(`${answer.status}`);
  return answer.json();
}

async function postJson(url: string, body: unknown): Promise<void> {
  const answer = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${answer.status}`);
}
