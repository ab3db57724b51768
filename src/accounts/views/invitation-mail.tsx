// The message that carries an invitation to create an account. English for now, like the
// sign-in message: the invitee's language is not known yet. It names nobody, not even who sent
// it, because a mailbox may be read by others.
import type { OutgoingMessage } from '../../core/mail/mailer.ts';

export function invitationMessage(props: {
  to: string;
  url: string;
  expiresInDays: number;
}): OutgoingMessage {
  const { to, url, expiresInDays } = props;
  const text = [
    'You are invited to create an account on tracktwo.',
    '',
    `Open this link to accept. It works once and expires in ${expiresInDays} days:`,
    url,
    '',
    'If you did not expect this, ignore the message: nothing happens without the link.',
  ].join('\n');
  const html = (
    <html lang="en">
      <body>
        <p>You are invited to create an account on tracktwo.</p>
        <p>
          <a href={url}>Accept the invitation</a>
        </p>
        <p>The link works once and expires in {expiresInDays} days.</p>
        <p>If you did not expect this, ignore the message: nothing happens without the link.</p>
      </body>
    </html>
  );
  return { to, subject: 'An invitation to tracktwo', text, html: `<!doctype html>${html}` };
}
