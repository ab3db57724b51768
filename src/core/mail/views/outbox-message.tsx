// One message of the outbox, as its recipient would have received it. The HTML version is shown
// as source: it is markup we did not write all of (newsletter resources, replies quoted), and an
// administrator's page is the last place to run it.
import { formatMoment } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { OutboxMessage } from '../outbox-queries.ts';
import { formatSize, outboxPath } from './format.ts';

export function OutboxMessagePage(props: { shell: PageShell; message: OutboxMessage }) {
  const { shell, message } = props;
  const { t, locale } = shell;
  const title = message.subject || t('outbox.noSubject');
  return (
    <Layout shell={shell} title={title}>
      <p>
        <a href={outboxPath}>{t('outbox.back')}</a>
      </p>
      <h1>{title}</h1>
      <dl>
        <dt>{t('outbox.from')}</dt>
        <dd>{message.from}</dd>
        <dt>{t('outbox.to')}</dt>
        <dd>{message.to}</dd>
        {message.replyTo && (
          <>
            <dt>{t('outbox.replyTo')}</dt>
            <dd>{message.replyTo}</dd>
          </>
        )}
        <dt>{t('outbox.date')}</dt>
        <dd>
          <time datetime={(message.date ?? message.createdAt).toISOString()}>
            {formatMoment(message.date ?? message.createdAt, locale)}
          </time>
        </dd>
        <dt>{t('outbox.envelopeSender')}</dt>
        <dd>{message.envelope.sender}</dd>
        <dt>{t('outbox.envelopeRecipients')}</dt>
        <dd>{message.envelope.recipients.join(', ')}</dd>
        <dt>{t('outbox.messageId')}</dt>
        <dd>
          <code>{message.messageId}</code>
        </dd>
        <dt>{t('outbox.size')}</dt>
        <dd>{formatSize(message.size, locale)}</dd>
      </dl>
      <h2>{t('outbox.text')}</h2>
      {message.text ? <pre class="mail-text">{message.text}</pre> : <p>{t('outbox.noText')}</p>}
      {message.html && (
        <>
          <h2>{t('outbox.html')}</h2>
          <p>{t('outbox.htmlSource')}</p>
          <pre class="mail-source">{message.html}</pre>
        </>
      )}
      {message.attachments.length > 0 && (
        <table>
          <caption>{t('outbox.attachments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outbox.attachmentName')}</th>
              <th scope="col">{t('outbox.attachmentType')}</th>
              <th scope="col">{t('outbox.size')}</th>
            </tr>
          </thead>
          <tbody>
            {message.attachments.map((attachment) => (
              <tr>
                <td>{attachment.filename ?? t('outbox.noName')}</td>
                <td>{attachment.contentType}</td>
                <td>{formatSize(attachment.size, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message.headers.length > 0 && (
        <>
          <h2>{t('outbox.headers')}</h2>
          <dl>
            {message.headers.map((header) => (
              <>
                <dt>{header.name}</dt>
                <dd>
                  <code>{header.value}</code>
                </dd>
              </>
            ))}
          </dl>
        </>
      )}
    </Layout>
  );
}
