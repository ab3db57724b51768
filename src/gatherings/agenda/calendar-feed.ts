// Calendar files with the agenda: a gathering's own event (calendar.ts) followed by one event per
// session. Session facilitators pass through the privacy gate for whoever downloads the file, as
// on the pages; attendees are never in a file at all.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ICalEventData } from 'ical-generator';
import type { Db } from '../../core/db/client.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { type CalendarGathering, calendarFile, gatheringEvent } from '../calendar.ts';
import type { InvitationState } from '../policy.ts';
import { gatherings, invitations, venues } from '../tables.ts';
import { type AgendaSession, listAgendas } from './agenda.ts';
import { languageNames } from './views/agenda-list.tsx';

/** A stable identifier, so a client updates a session rather than adding it twice. */
export function sessionEventUid(sessionId: string): string {
  return `session-${sessionId}@tracktwo`;
}

/** Invitation states whose holder has the gathering's own page and calendar file. 'listed' is
 * not among them: the invitation has not been sent, so the person does not know of it. */
const invitedStates: InvitationState[] = [
  'invited',
  'accepted',
  'maybe',
  'declined',
  'waitlisted',
  'cancelled',
];

/** A person's own calendar holds the gatherings they accepted: the ones they are coming to.
 * Invited, maybe and waitlisted are not (yet) plans; declined and cancelled never are. */
const attendingStates: InvitationState[] = ['accepted'];

export interface CalendarFileOptions {
  db: Db;
  viewer: Viewer;
  t: Translate;
  locale: string;
  /** The page each gathering's event links to. */
  pageUrl: (gatheringId: string) => string;
}

/** The calendar file of one gathering for the person invited to it, or undefined when they are
 * not (which the caller answers like a gathering that does not exist). */
export async function invitedGatheringCalendar(
  options: CalendarFileOptions,
  personId: string,
  gatheringId: string,
): Promise<string | undefined> {
  const [gathering] = await invitedGatherings(options.db, personId, invitedStates, gatheringId);
  if (!gathering) return undefined;
  return writeCalendar(options, gathering.title, [gathering]);
}

/** All the gatherings a person accepted, with their agendas, in one file. */
export async function personalCalendar(
  options: CalendarFileOptions,
  personId: string,
): Promise<string> {
  const accepted = await invitedGatherings(options.db, personId, attendingStates);
  return writeCalendar(options, options.t('agenda.myCalendarName'), accepted);
}

async function writeCalendar(
  options: CalendarFileOptions,
  name: string,
  chosen: CalendarGathering[],
): Promise<string> {
  const agendas = await listAgendas(
    options.db,
    chosen.map((gathering) => gathering.id),
    options.viewer,
  );
  const events = chosen.flatMap((gathering) => [
    gatheringEvent(gathering, options.pageUrl(gathering.id)),
    ...sessionEvents(
      options,
      gathering,
      agendas.get(gathering.id) ?? [],
      options.pageUrl(gathering.id),
    ),
  ]);
  const zones = new Set(chosen.map((gathering) => gathering.timeZone));
  const [onlyZone] = zones;
  return calendarFile(name, zones.size === 1 && onlyZone ? onlyZone : 'UTC', events);
}

/** One event per session, to follow the gathering's own event in a file; `agenda` as listed for
 * whoever gets the file (listAgenda with their viewer; the anonymous one for the public file). */
export function sessionEvents(
  texts: { t: Translate; locale: string },
  gathering: Pick<CalendarGathering, 'title' | 'updatedAt' | 'venue' | 'onlineUrl'>,
  agenda: AgendaSession[],
  pageUrl: string,
): ICalEventData[] {
  return agenda.map((session) => sessionEvent(texts, gathering, session, pageUrl));
}

function sessionEvent(
  texts: { t: Translate; locale: string },
  gathering: Pick<CalendarGathering, 'title' | 'updatedAt' | 'venue' | 'onlineUrl'>,
  session: AgendaSession,
  pageUrl: string,
): ICalEventData {
  const { t } = texts;
  const names = session.facilitators
    .map((person) => person?.name ?? t('agenda.hiddenFacilitator'))
    .join(', ');
  const details = [
    session.description,
    session.room && t('agenda.ics.room', { room: session.room }),
    session.languages.length > 0 &&
      t('agenda.ics.languages', { languages: languageNames(session.languages, texts.locale) }),
    session.interpretation &&
      t('agenda.ics.interpretation', { interpretation: session.interpretation }),
    names && t('agenda.ics.facilitators', { names }),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  const place = gathering.venue?.name ?? gathering.onlineUrl;
  return {
    id: sessionEventUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    summary: `${session.title} (${gathering.title})`,
    description: details.join('\n') || null,
    location: [session.room, place].filter(Boolean).join(', ') || null,
    url: pageUrl,
    stamp: gathering.updatedAt,
  };
}

/** The person's gatherings in these invitation states, by start. The online link is kept only
 * for those who accepted: the link is for the people coming. */
async function invitedGatherings(
  db: Db,
  personId: string,
  states: InvitationState[],
  gatheringId?: string,
): Promise<CalendarGathering[]> {
  const rows = await db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      timeZone: gatherings.timeZone,
      status: gatherings.status,
      description: gatherings.description,
      updatedAt: gatherings.updatedAt,
      onlineUrl: gatherings.onlineUrl,
      venueName: venues.name,
      venueAddress: venues.address,
      state: invitations.state,
    })
    .from(invitations)
    .innerJoin(gatherings, eq(gatherings.id, invitations.gatheringId))
    .leftJoin(venues, eq(venues.id, gatherings.venueId))
    .where(
      and(
        eq(invitations.personId, personId),
        inArray(invitations.state, states),
        gatheringId === undefined ? undefined : eq(gatherings.id, gatheringId),
      ),
    )
    .orderBy(asc(gatherings.startsAt), asc(gatherings.id));
  return rows.map(({ venueName, venueAddress, state, ...gathering }) => ({
    ...gathering,
    onlineUrl: state === 'accepted' ? gathering.onlineUrl : null,
    venue: venueName === null ? null : { name: venueName, address: venueAddress ?? '' },
  }));
}
