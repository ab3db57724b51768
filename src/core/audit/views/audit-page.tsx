// /admin/audit: the filters, then one page of events, newest first. Every cell is an id, an
// action name or a detail that recordAudit let through; actors and subjects link to the events
// filtered by them, which is how an administrator follows a trail.

import { formatMoment } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { AuditEvent } from '../audit.ts';
import { type AuditFilters, auditListHref, auditPath } from './paths.ts';

export interface AuditPageProps {
  shell: PageShell;
  filters: AuditFilters;
  /** Set when the filters could not be used; the list is then empty. */
  invalid: boolean;
  list: { page: number; pages: number; total: number };
  events: AuditEvent[];
}

export function AuditPage(props: AuditPageProps) {
  const { shell, filters, invalid, list, events } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('admin.audit')}>
      <h1>{t('admin.audit')}</h1>
      <p>{t('audit.lead')}</p>
      <FilterForm shell={shell} filters={filters} invalid={invalid} />
      {!invalid && <h2>{t('audit.total', { total: list.total })}</h2>}
      {!invalid && events.length === 0 && <p>{t('audit.empty')}</p>}
      {events.length > 0 && (
        <div class="wide">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow shell={shell} event={event} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager shell={shell} filters={filters} list={list} />
    </Layout>
  );
}

function FilterForm(props: { shell: PageShell; filters: AuditFilters; invalid: boolean }) {
  const { shell, filters, invalid } = props;
  const { t } = shell;
  // A GET form: filtering changes nothing, and the address can be bookmarked or shared.
  const field = (name: keyof AuditFilters, label: string, hint?: string) => (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      {hint && (
        <p class="hint" id={`filter-${name}-hint`}>
          {hint}
        </p>
      )}
      <input
        type="text"
        id={`filter-${name}`}
        name={name}
        value={filters[name] ?? ''}
        maxlength={200}
        aria-describedby={hint ? `filter-${name}-hint` : undefined}
      />
    </div>
  );
  return (
    <form method="get" action={auditPath} class="filters">
      <fieldset>
        <legend>{t('audit.filters')}</legend>
        {invalid && (
          <p class="field-error" role="alert">
            {t('audit.invalidFilter')}
          </p>
        )}
        {field('action', t('audit.action'), t('audit.actionHint'))}
        {field('actor', t('audit.actor'))}
        {field('subjectKind', t('audit.subjectKind'))}
        {field('subjectId', t('audit.subjectId'))}
        <button type="submit" class="button">
          {t('audit.apply')}
        </button>{' '}
        <a href={auditPath}>{t('audit.clear')}</a>
      </fieldset>
    </form>
  );
}

function EventRow(props: { shell: PageShell; event: AuditEvent }) {
  const { shell, event } = props;
  const { t } = shell;
  const details = Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : '';
  return (
    <tr>
      <td>
        <time datetime={event.at.toISOString()}>{formatMoment(event.at, shell.locale)}</time>
      </td>
      <td>
        <a href={auditListHref({ action: event.action })}>{event.action}</a>
      </td>
      <td>
        {event.actorAccountId ? (
          <a href={auditListHref({ actor: event.actorAccountId })}>
            <code>{event.actorAccountId}</code>
          </a>
        ) : (
          t('audit.system')
        )}
      </td>
      <td>
        {event.subjectKind && (
          <a
            href={auditListHref({
              subjectKind: event.subjectKind,
              subjectId: event.subjectId ?? undefined,
            })}
          >
            {event.subjectKind} <code>{event.subjectId}</code>
          </a>
        )}
      </td>
      <td>{details && <code>{details}</code>}</td>
    </tr>
  );
}

function Pager(props: { shell: PageShell; filters: AuditFilters; list: AuditPageProps['list'] }) {
  const { shell, filters, list } = props;
  const { t } = shell;
  if (list.pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {list.page > 1 && (
        <a href={auditListHref(filters, list.page - 1)} rel="prev">
          {t('pager.previous')}
        </a>
      )}{' '}
      <span>{t('pager.status', { page: list.page, pages: list.pages })}</span>{' '}
      {list.page < list.pages && (
        <a href={auditListHref(filters, list.page + 1)} rel="next">
          {t('pager.next')}
        </a>
      )}
    </nav>
  );
}
