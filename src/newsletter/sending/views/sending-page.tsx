// /newsletter/issues/:id/sending: how many messages of an issue are in each state, and the pause
// and resume buttons. While the issue sends, the route asks the browser to reload every few
// seconds (a Refresh header), so the counts stay live with no script at all.
import { Form, SubmitButton } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { newsletterIssues } from '../../tables.ts';
import type { DeliveryCounts } from '../delivery-rows.ts';

type IssueStatus = (typeof newsletterIssues.status.enumValues)[number];

const shownStates = [
  'queued',
  'sending',
  'deferred',
  'sent',
  'failed',
  'bounced',
  'skipped',
] as const satisfies readonly (keyof DeliveryCounts)[];

export function SendingPage(props: {
  shell: PageShell;
  issue: { id: string; number: number; status: IssueStatus };
  counts: DeliveryCounts;
}) {
  const { shell, issue, counts } = props;
  const { t } = shell;
  const title = t('sending.title', { number: issue.number });
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const base = `/newsletter/issues/${issue.id}/sending`;
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      <p>{t('sending.statusLine', { status: t(`issues.status.${issue.status}`) })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sending.stateColumn')}</th>
            <th scope="col">{t('sending.countColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shownStates.map((state) => (
            <tr data-state={state}>
              <th scope="row">{t(`sending.state.${state}`)}</th>
              <td>{counts[state]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('sending.total')}</th>
            <td>{total}</td>
          </tr>
        </tbody>
      </table>
      {issue.status === 'sending' && (
        <>
          <p>{t('sending.refreshing')}</p>
          <Form action={`${base}/pause`} csrfToken={shell.csrfToken}>
            <SubmitButton label={t('sending.pause')} />
          </Form>
        </>
      )}
      {issue.status === 'paused' && (
        <Form action={`${base}/resume`} csrfToken={shell.csrfToken}>
          <SubmitButton label={t('sending.resume')} />
        </Form>
      )}
    </Layout>
  );
}
