// How many jobs are in each state, overall and per queue; every number links to its list.
import type { Translate } from '../../i18n/i18n.ts';
import type { JobCounts } from '../admin-queries.ts';
import type { JobState } from '../tables.ts';
import { jobListHref } from './paths.ts';

/** The order an administrator scans in: what is wrong first. */
export const statesShown: JobState[] = ['failed', 'running', 'queued', 'succeeded'];

export function JobCountsSummary(props: { t: Translate; counts: JobCounts; current: JobState }) {
  const { t, counts, current } = props;
  return (
    <>
      <h2>{t('jobs.byState')}</h2>
      <ul class="counts">
        {statesShown.map((state) => (
          <li>
            <a href={jobListHref({ state })} aria-current={state === current ? 'page' : undefined}>
              {t(`jobs.state.${state}`)}: {counts.byState[state]}
            </a>
          </li>
        ))}
      </ul>
      {counts.byQueue.length > 0 && (
        <table>
          <caption>{t('jobs.byQueue')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.queue')}</th>
              {statesShown.map((state) => (
                <th scope="col">{t(`jobs.state.${state}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.byQueue.map(({ queue, counts: queueCounts }) => (
              <tr>
                <th scope="row">{queue}</th>
                {statesShown.map((state) => (
                  <td>
                    {queueCounts[state] > 0 ? (
                      <a href={jobListHref({ state, queue })}>{queueCounts[state]}</a>
                    ) : (
                      0
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
