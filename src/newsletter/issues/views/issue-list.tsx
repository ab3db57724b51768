// /newsletter/issues: every issue, newest number first, with its status and counts.
import { Form, TextField } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { issuePaths, type listIssues } from '../issues.ts';

export function IssueListPage(props: {
  shell: PageShell;
  issues: Awaited<ReturnType<typeof listIssues>>;
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('issues.title')}>
      <h1>{t('issues.title')}</h1>
      <Form action={issuePaths.create} csrfToken={shell.csrfToken}>
        <TextField t={t} name="title" label={t('issues.field.title')} maxLength={200} />
        <button type="submit">{t('issues.new')}</button>
      </Form>
      {props.issues.length === 0 ? (
        <p>{t('issues.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('issues.field.number')}</th>
              <th scope="col">{t('issues.field.title')}</th>
              <th scope="col">{t('issues.field.status')}</th>
              <th scope="col">{t('issues.field.items')}</th>
              <th scope="col">{t('issues.field.sent')}</th>
            </tr>
          </thead>
          <tbody>
            {props.issues.map((issue) => (
              <tr>
                <td>{issue.number}</td>
                <td>
                  <a href={issuePaths.compose(issue.id)}>{issue.title}</a>
                  {issue.public ? ` (${t('issues.public')})` : ''}
                </td>
                <td>{t(`issues.status.${issue.status}`)}</td>
                <td>{issue.items}</td>
                <td>{t('issues.sentOf', { sent: issue.sent, recipients: issue.recipients })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
