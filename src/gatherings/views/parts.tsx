// Pieces every gathering page shares: when and where, the description, the attendee list.
import { raw } from 'hono/html';
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import type { PageShell } from '../../core/web/shell.ts';
import type { Gathering, Venue } from '../gatherings.ts';
import { formatInZone } from '../zoned-time.ts';

export function GatheringFacts(props: {
  shell: PageShell;
  gathering: Gathering;
  venue?: Venue;
  /** The online link and the venue's travel notes: for staff and accepted invitees only. */
  showPrivateDetails: boolean;
}) {
  const { shell, gathering, venue } = props;
  const { t } = shell;
  return (
    <dl class="gathering-facts">
      <dt>{t('gatherings.field.kind')}</dt>
      <dd>{t(`gatherings.kind.${gathering.kind}`)}</dd>
      <dt>{t('gatherings.when')}</dt>
      <dd>
        {formatInZone(gathering.startsAt, shell.locale, gathering.timeZone)} –{' '}
        {formatInZone(gathering.endsAt, shell.locale, gathering.timeZone)}
      </dd>
      {venue && (
        <>
          <dt>{t('gatherings.where')}</dt>
          <dd>
            {venue.name}
            {venue.address && <>, {venue.address}</>}
          </dd>
          {props.showPrivateDetails && venue.travelNotes && (
            <>
              <dt>{t('gatherings.travelNotes')}</dt>
              <dd class="travel-notes">{venue.travelNotes}</dd>
            </>
          )}
        </>
      )}
      {gathering.onlineUrl && (
        <>
          <dt>{t('gatherings.online')}</dt>
          <dd>
            {props.showPrivateDetails ? (
              <a href={gathering.onlineUrl} rel="noopener noreferrer">
                {gathering.onlineUrl}
              </a>
            ) : (
              t('gatherings.onlineAfterAccepting')
            )}
          </dd>
        </>
      )}
      {gathering.languages.length > 0 && (
        <>
          <dt>{t('gatherings.field.languages')}</dt>
          <dd>{gathering.languages.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

/** The description, already rendered (and sanitized) by renderMarkdown. */
export function Description(props: { html: string }) {
  return props.html ? <div class="prose">{raw(props.html)}</div> : null;
}

/** Names as listVisibleAttendees gave them; nothing at all when it gave none. */
export function AttendeeList(props: { shell: PageShell; attendees: PresentedPerson[] }) {
  if (props.attendees.length === 0) return null;
  const { t } = props.shell;
  return (
    <section aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">{t('gatherings.attendees')}</h2>
      <ul class="attendee-list">
        {props.attendees.map((person) => (
          <li>
            {person.name}
            {person.pseudonymous && <> ({t('gatherings.pseudonym')})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
