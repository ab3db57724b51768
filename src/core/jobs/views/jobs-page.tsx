// /admin/jobs: the counts, then one list of jobs in one state (failed by default), a page at a
// time. Failed jobs can be tried again or discarded. Payloads are not shown: they may name people.
import { formatMoment } from '../../mail/views/format.ts';
import { Form } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { JobCounts, JobSummary } from '../admin-queries.ts';
import type { JobState } from '../tables.ts';
import { JobCountsSummary } from './job-counts.tsx';
import { jobActionHref, jobListHref } from './paths.ts';
import { type JobsTextKey, type JobsTranslate, jobsTexts } from './texts.ts';

export type JobNotice = 'retried' | 'discarded';

export interface JobsPageProps {
  shell: PageShell;
  counts: JobCounts;
  list: { state: JobState; queue: string | undefined; page: number; pages: number; total: number };
  jobs: JobSummary[];
  notice: JobNotice | undefined;
}

/** Which moment tells the most about a job in each state. */
const momentColumn: Record<JobState, { label: JobsTextKey; of: (job: JobSummary) => Date | null }> =
  {
    queued: { label: 'jobs.due', of: (job) => job.runAt },
    running: { label: 'jobs.leaseUntil', of: (job) => job.lockedUntil },
    succeeded: { label: 'jobs.finished', of: (job) => job.finishedAt },
    failed: { label: 'jobs.finished', of: (job) => job.finishedAt },
  };

export function JobsPage(props: JobsPageProps) {
  const { shell, counts, list, jobs, notice } = props;
  const { t, locale } = shell;
  const jt = jobsTexts(locale);
  const moment = momentColumn[list.state];
  return (
    <Layout shell={shell} title={t('admin.jobs')}>
      <h1>{t('admin.jobs')}</h1>
      {notice && (
        <div class="flash flash-success" role="status">
          {jt(notice === 'retried' ? 'jobs.retried' : 'jobs.discarded')}
        </div>
      )}
      <p>{jt('jobs.lead')}</p>
      <JobCountsSummary jt={jt} counts={counts} current={list.state} />
      <h2>{jt('jobs.listTitle', { state: jt(`jobs.state.${list.state}`), total: list.total })}</h2>
      {list.queue !== undefined && (
        <p>
          {jt('jobs.onlyQueue', { queue: list.queue })}{' '}
          <a href={jobListHref({ state: list.state })}>{jt('jobs.allQueues')}</a>
        </p>
      )}
      {jobs.length === 0 ? (
        <p>{jt('jobs.empty')}</p>
      ) : (
        <div class="wide">
          <table>
            <thead>
              <tr>
                <th scope="col">{jt('jobs.id')}</th>
                <th scope="col">{jt('jobs.queue')}</th>
                <th scope="col">{jt('jobs.attempts')}</th>
                <th scope="col">{jt(moment.label)}</th>
                <th scope="col">{jt('jobs.worker')}</th>
                <th scope="col">{jt('jobs.lastError')}</th>
                {list.state === 'failed' && <th scope="col">{jt('jobs.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <JobRow job={job} moment={moment.of(job)} jt={jt} shell={shell} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager shell={shell} list={list} />
    </Layout>
  );
}

function JobRow(props: {
  job: JobSummary;
  moment: Date | null;
  jt: JobsTranslate;
  shell: PageShell;
}) {
  const { job, moment, jt, shell } = props;
  const firstLine = job.lastError?.split('\n', 1)[0];
  return (
    <tr>
      <td>{job.id}</td>
      <td>{job.queue}</td>
      <td>{jt('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</td>
      <td>
        {moment && (
          <time datetime={moment.toISOString()}>{formatMoment(moment, shell.locale)}</time>
        )}
      </td>
      <td>{job.lockedBy}</td>
      <td>
        {job.lastError && (
          <details>
            <summary>{firstLine}</summary>
            <pre>{job.lastError}</pre>
          </details>
        )}
      </td>
      {job.state === 'failed' && (
        <td>
          <Form
            action={jobActionHref(job.id, 'retry')}
            csrfToken={shell.csrfToken}
            class="inline-form"
          >
            <button type="submit" class="button">
              {jt('jobs.retry')}
            </button>
          </Form>{' '}
          <Form
            action={jobActionHref(job.id, 'discard')}
            csrfToken={shell.csrfToken}
            class="inline-form"
          >
            <button type="submit" class="link-button">
              {jt('jobs.discard')}
            </button>
          </Form>
        </td>
      )}
    </tr>
  );
}

function Pager(props: { shell: PageShell; list: JobsPageProps['list'] }) {
  const { shell, list } = props;
  const { t } = shell;
  if (list.pages <= 1) return null;
  const href = (page: number) => jobListHref({ state: list.state, queue: list.queue, page });
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {list.page > 1 && (
        <a href={href(list.page - 1)} rel="prev">
          {t('pager.previous')}
        </a>
      )}{' '}
      <span>{t('pager.status', { page: list.page, pages: list.pages })}</span>{' '}
      {list.page < list.pages && (
        <a href={href(list.page + 1)} rel="next">
          {t('pager.next')}
        </a>
      )}
    </nav>
  );
}
