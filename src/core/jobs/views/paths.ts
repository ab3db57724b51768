// Addresses of the jobs pages. Only ids, states and queue names appear in them: never payloads.
import type { JobState } from '../tables.ts';

export const jobsPath = '/admin/jobs';

export function jobListHref(list: { state: JobState; queue?: string; page?: number }): string {
  const query = new URLSearchParams({ state: list.state });
  if (list.queue !== undefined) query.set('queue', list.queue);
  if (list.page !== undefined && list.page > 1) query.set('page', String(list.page));
  return `${jobsPath}?${query}`;
}

export const jobActionHref = (id: number, action: 'retry' | 'discard') =>
  `${jobsPath}/${id}/${action}`;
