// /admin/jobs: the counts, then one list of jobs in one state (failed by default), a page at a
// time. Failed jobs can be tried again or discarded. Payloads are not shown: they may name people.
import type { MessageKey } from '../../i18n/i18n.ts';
import { formatMoment } from '../../web/format.ts';
import { Form } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { JobCounts, JobSummary } from '../admin-queries.ts';
import type { JobState } from '../tables.ts';
import { JobCountsSummary } from './job-counts.tsx';
import { jobActionHref, jobListHref } from './paths.ts';

export interface JobsPageProps {
  shell: PageShell;
  counts: JobCounts;
  list: { state: JobState; queue: string | undefined; page: number; pages: number; total: number };
  jobs: JobSummary[];
}

/** Which moment tells the most about a job in each state. */
const momentColumn: Record<JobState, { label: MessageKey; of: (job: JobSummary) => Date | null }> =
  {
    queued: { label: 'jobs.due', of: (job) => job.runAt },
    running: { label: 'jobs.leaseUntil', of: (job) => job.lockedUntil },
    succeeded: { label: 'jobs.finished', of: (job) => job.finishedAt },
    failed: { label: 'jobs.finished', of: (job) => job.finishedAt },
  };

export function JobsPage(props: JobsPageProps) {
  const { shell, counts, list, jobs } = props;
  const { t } = shell;
  const moment = momentColumn[list.state];
  return (
    <Layout shell={shell} title={t('admin.jobs')}>
      <h1>{t('admin.jobs')}</h1>
      <p>{t('jobs.lead')}</p>
      <JobCountsSummary t={t} counts={counts} current={list.state} />
      <h2>{t('jobs.listTitle', { state: t(`jobs.state.${list.state}`), total: list.total })}</h2>
      {list.queue !== undefined && (
        <p>
          {t('jobs.onlyQueue', { queue: list.queue })}{' '}
          <a href={jobListHref({ state: list.state })}>{t('jobs.allQueues')}</a>
        </p>
      )}
      {jobs.length === 0 ? (
        <p>{t('jobs.empty')}</p>
      ) : (
        <div class="wide">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('jobs.id')}</th>
                <th scope="col">{t('jobs.queue')}</th>
                <th scope="col">{t('jobs.attempts')}</th>
                <th scope="col">{t(moment.label)}</th>
                <th scope="col">{t('jobs.worker')}</th>
                <th scope="col">{t('jobs.lastError')}</th>
                {list.state === 'failed' && <th scope="col">{t('jobs.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <JobRow job={job} moment={moment.of(job)} shell={shell} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager shell={shell} list={list} />
    </Layout>
  );
}

function JobRow(props: { job: JobSummary; moment: Date | null; shell: PageShell }) {
  const { job, moment, shell } = props;
  const { t } = shell;
  const firstLine = job.lastError?.split('\n', 1)[0];
  return (
    <tr>
      <td>{job.id}</td>
      <td>{job.queue}</td>
      <td>{t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</td>
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
              {t('jobs.retry')}
            </button>
          </Form>{' '}
          <Form
            action={jobActionHref(job.id, 'discard')}
            csrfToken={shell.csrfToken}
            class="inline-form"
          >
            <button type="submit" class="link-button">
              {t('jobs.discard')}
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
