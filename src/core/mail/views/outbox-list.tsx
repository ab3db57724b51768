// The outbox, newest first, one page at a time.
import { formatMoment } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { OutboxSummary } from '../outbox-queries.ts';
import { outboxPath } from './format.ts';

export function OutboxListPage(props: {
  shell: PageShell;
  messages: OutboxSummary[];
  total: number;
  page: number;
  pages: number;
}) {
  const { shell, messages, total, page, pages } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('admin.outbox')}>
      <h1>{t('admin.outbox')}</h1>
      <p>{t('outbox.lead')}</p>
      {total === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <table>
          <caption>{t('outbox.count', { total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outbox.stored')}</th>
              <th scope="col">{t('outbox.recipient')}</th>
              <th scope="col">{t('outbox.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr>
                <td>
                  <time datetime={message.createdAt.toISOString()}>
                    {formatMoment(message.createdAt, shell.locale)}
                  </time>
                </td>
                <td>{message.recipients.join(', ')}</td>
                <td>
                  <a href={`${outboxPath}/${message.id}`}>
                    {message.subject || t('outbox.noSubject')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('pager.label')}>
          {page > 1 && (
            <a href={`${outboxPath}?page=${page - 1}`} rel="prev">
              {t('pager.previous')}
            </a>
          )}{' '}
          <span>{t('pager.status', { page, pages })}</span>{' '}
          {page < pages && (
            <a href={`${outboxPath}?page=${page + 1}`} rel="next">
              {t('pager.next')}
            </a>
          )}
        </nav>
      )}
    </Layout>
  );
}
