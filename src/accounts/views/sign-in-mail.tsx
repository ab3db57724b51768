// The message that carries a sign-in link. English for now: the account's language is not known
// yet (it will be, once people choose one). Plain text first; the HTML part is a courtesy.
import type { OutgoingMessage } from '../../core/mail/mailer.ts';

export function signInMessage(props: {
  to: string;
  url: string;
  expiresInMinutes: number;
}): OutgoingMessage {
  const { to, url, expiresInMinutes } = props;
  const text = [
    'Someone, hopefully you, asked to sign in to tracktwo with this address.',
    '',
    `Open this link to sign in. It works once and expires in ${expiresInMinutes} minutes:`,
    url,
    '',
    'If you did not ask for it, ignore this message: without the link nobody can sign in.',
  ].join('\n');
  const html = (
    <html lang="en">
      <body>
        <p>Someone, hopefully you, asked to sign in to tracktwo with this address.</p>
        <p>
          <a href={url}>Sign in to tracktwo</a>
        </p>
        <p>The link works once and expires in {expiresInMinutes} minutes.</p>
        <p>If you did not ask for it, ignore this message: without the link nobody can sign in.</p>
      </body>
    </html>
  );
  return { to, subject: 'Your sign-in link for tracktwo', text, html: `<!doctype html>${html}` };
}
