// /newsletter/subscribers: counts by status, one page of subscribers (shown as the gate shows
// them), a search to add people, and one subscriber's status and preferences.
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import { Form, SelectField, SubmitButton, TextField } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { type ListedSubscriber, pageSize, statuses } from '../staff-queries.ts';
import type { SubscriberStatus } from '../subscriptions.ts';
import { describePreferences, PreferenceFields } from './choices.tsx';

const base = '/newsletter/subscribers';

export function SubscribersPage(props: {
  shell: PageShell;
  rows: ListedSubscriber[];
  counts: Record<SubscriberStatus, number>;
  status: SubscriberStatus | undefined;
  page: number;
  search?: { part: string; found: PresentedPerson[] };
}) {
  const { shell, rows, counts, status, page } = props;
  const { t } = shell;
  const total = status ? counts[status] : statuses.reduce((sum, s) => sum + counts[s], 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (target: number) =>
    `${base}?${new URLSearchParams({ ...(status ? { status } : {}), page: String(target) })}`;
  return (
    <Layout shell={shell} title={t('audience.staff.title')}>
      <h1>{t('audience.staff.title')}</h1>
      <nav aria-label={t('audience.staff.byStatus')}>
        <ul class="inline-list">
          <li>
            <a href={base} aria-current={status ? undefined : 'page'}>
              {t('audience.staff.all')}
            </a>
          </li>
          {statuses.map((s) => (
            <li>
              <a href={`${base}?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`audience.status.${s}`)} ({counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audience.name')}</th>
            <th scope="col">{t('audience.staff.status')}</th>
            <th scope="col">{t('audience.staff.preferences')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ subscriber, person }) => (
            <tr>
              <td>
                <a href={`${base}/${subscriber.id}`}>{person.name}</a>
              </td>
              <td>{t(`audience.status.${subscriber.status}`)}</td>
              <td>{describePreferences(t, shell.locale, subscriber)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>{t('audience.staff.none')}</p>}
      {pages > 1 && (
        <nav class="pager" aria-label={t('pager.label')}>
          {page > 1 && <a href={pageLink(page - 1)}>{t('pager.previous')}</a>}{' '}
          <span>{t('pager.status', { page, pages })}</span>{' '}
          {page < pages && <a href={pageLink(page + 1)}>{t('pager.next')}</a>}
        </nav>
      )}
      <h2>{t('audience.staff.addTitle')}</h2>
      <Form action={`${base}/search`} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="name"
          type="search"
          label={t('audience.staff.searchLabel')}
          value={props.search?.part ?? ''}
          maxLength={200}
        />
        <SubmitButton label={t('audience.staff.search')} />
      </Form>
      {props.search && (
        <section aria-live="polite">
          {props.search.found.length === 0 ? (
            <p>{t('audience.staff.noneFound')}</p>
          ) : (
            <ul>
              {props.search.found.map((person) => (
                <li>
                  <Form action={`${base}/add`} csrfToken={shell.csrfToken} class="inline-form">
                    <input type="hidden" name="personId" value={person.id} />
                    {person.name}{' '}
                    <button type="submit" class="link-button">
                      {t('audience.staff.add')}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Layout>
  );
}

export function SubscriberPage(props: { shell: PageShell; listed: ListedSubscriber }) {
  const { shell } = props;
  const { subscriber, person } = props.listed;
  const { t } = shell;
  const path = `${base}/${subscriber.id}`;
  return (
    <Layout shell={shell} title={person.name}>
      <h1>{person.name}</h1>
      <p>
        <a href={base}>{t('audience.staff.back')}</a>
      </p>
      <Form action={`${path}/status`} csrfToken={shell.csrfToken}>
        <SelectField
          t={t}
          name="status"
          label={t('audience.staff.status')}
          value={subscriber.status}
          options={statuses.map((s) => ({ value: s, label: t(`audience.status.${s}`) }))}
        />
        <SubmitButton label={t('audience.staff.changeStatus')} />
      </Form>
      <Form action={`${path}/preferences`} csrfToken={shell.csrfToken}>
        <PreferenceFields t={t} locale={shell.locale} value={subscriber} />
        <SubmitButton label={t('audience.preferences.save')} />
      </Form>
    </Layout>
  );
}
