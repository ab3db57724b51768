// /newsletter/replies: every reply thread the viewer may see, newest message first.
import { formatMoment } from '../../../core/web/format.ts';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { ThreadSummary } from '../threads.ts';
import { tagLabel } from './tag-label.ts';

export function ThreadsPage(props: { shell: PageShell; threads: ThreadSummary[] }) {
  const { shell, threads } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('replies.title')}>
      <h1>{t('replies.title')}</h1>
      {threads.length === 0 ? (
        <p>{t('replies.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('replies.issue')}</th>
                <th scope="col">{t('replies.person')}</th>
                <th scope="col">{t('replies.tags')}</th>
                <th scope="col">{t('replies.lastMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {threads.map((thread) => (
                <tr>
                  <td>{t('replies.issueNumber', { number: thread.issueNumber })}</td>
                  <td>
                    <a href={`/newsletter/replies/${thread.id}`}>{thread.person.name}</a>
                    {thread.person.pseudonymous && ` (${t('replies.pseudonym')})`}
                  </td>
                  <td>{thread.tags.map((tag) => tagLabel(t, tag)).join(', ')}</td>
                  <td>
                    {thread.lastMessageAt ? formatMoment(thread.lastMessageAt, shell.locale) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
