// The agenda as attendees and the public read it: sessions grouped by day, times in the
// gathering's own zone with the zone named, so nobody converts in their head or guesses. A
// facilitator the viewer may not see is "a facilitator", never a name.
import type { PageShell } from '../../../core/web/shell.ts';
import type { AgendaSession } from '../agenda.ts';

/** The day a moment falls on in the zone ("2026-06-01"), to group sessions by. */
function dayKey(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(moment);
}

export function formatSessionDay(moment: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(moment);
}

export function formatSessionTimes(session: AgendaSession, locale: string, timeZone: string) {
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
  const sameDay = dayKey(session.startsAt, timeZone) === dayKey(session.endsAt, timeZone);
  const end = sameDay
    ? time.format(session.endsAt)
    : new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
        session.endsAt,
      );
  return `${time.format(session.startsAt)}–${end}`;
}

/** Language tags by their names in the page's language ("ru" reads "Russian"). */
export function languageNames(tags: string[], locale: string): string {
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return tags.map((tag) => names.of(tag) ?? tag).join(', ');
}

export function facilitatorNames(shell: PageShell, session: AgendaSession): string {
  return session.facilitators
    .map((person) => person?.name ?? shell.t('agenda.hiddenFacilitator'))
    .join(', ');
}

function groupByDay(agenda: AgendaSession[], timeZone: string): AgendaSession[][] {
  const days = new Map<string, AgendaSession[]>();
  for (const session of agenda) {
    const key = dayKey(session.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  return [...days.values()];
}

export function AgendaList(props: { shell: PageShell; agenda: AgendaSession[]; timeZone: string }) {
  const { shell, timeZone } = props;
  const { t, locale } = shell;
  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      {props.agenda.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <>
          <p class="hint">{t('agenda.timesIn', { zone: timeZone })}</p>
          {groupByDay(props.agenda, timeZone).map((day) => (
            <section class="agenda-day">
              <h3>{formatSessionDay(day[0]?.startsAt ?? new Date(), locale, timeZone)}</h3>
              <ul class="agenda-sessions">
                {day.map((session) => (
                  <li>
                    <p>
                      <strong>{formatSessionTimes(session, locale, timeZone)}</strong>{' '}
                      {session.title}
                    </p>
                    {session.description && <p>{session.description}</p>}
                    <SessionFacts shell={shell} session={session} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function SessionFacts(props: { shell: PageShell; session: AgendaSession }) {
  const { shell, session } = props;
  const { t } = shell;
  const facts: [string, string][] = [
    [t('agenda.room'), session.room],
    [t('agenda.languages'), languageNames(session.languages, shell.locale)],
    [t('agenda.interpretation'), session.interpretation],
    [t('agenda.facilitators'), facilitatorNames(shell, session)],
  ];
  const shown = facts.filter(([, value]) => value !== '');
  if (shown.length === 0) return null;
  return (
    <dl class="agenda-facts">
      {shown.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}
