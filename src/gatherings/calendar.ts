// iCalendar files for gatherings, valid for real calendar clients. Times are written in UTC (a
// "Z" time needs no VTIMEZONE block, which clients otherwise disagree about); the gathering's own
// zone travels as X-WR-TIMEZONE for clients that show it. Attendee names never appear here: no
// ATTENDEE or ORGANIZER lines, whoever the file is for. The agenda builds its sessions' events
// beside `gatheringEvent` and writes them all with `calendarFile`.
import ical, { type ICalEventData, ICalEventStatus } from 'ical-generator';
import type { gatherings } from './tables.ts';

export interface CalendarGathering {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: (typeof gatherings.$inferSelect)['status'];
  /** Plain text (the description's Markdown as written). */
  description: string;
  updatedAt: Date;
  venue: { name: string; address: string } | null;
  /** Only for people allowed to have it (accepted invitees); the public file leaves it out. */
  onlineUrl: string | null;
}

/** A stable identifier clients use to update the event rather than add a second one. */
export function gatheringEventUid(gatheringId: string): string {
  return `gathering-${gatheringId}@tracktwo`;
}

/** One VEVENT spanning the whole gathering. `pageUrl`: the page a reader can open. */
export function gatheringEvent(gathering: CalendarGathering, pageUrl: string): ICalEventData {
  const location = gathering.venue
    ? [gathering.venue.name, gathering.venue.address].filter((part) => part !== '').join(', ')
    : gathering.onlineUrl;
  return {
    id: gatheringEventUid(gathering.id),
    start: gathering.startsAt,
    end: gathering.endsAt,
    summary: gathering.title,
    description: gathering.description || null,
    location: location || null,
    url: pageUrl,
    stamp: gathering.updatedAt,
    lastModified: gathering.updatedAt,
    status: gathering.status === 'draft' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
  };
}

/** The text of a calendar file holding these events. */
export function calendarFile(name: string, timeZone: string, events: ICalEventData[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Track Two', product: 'tracktwo', language: 'EN' },
    x: [['X-WR-TIMEZONE', timeZone]],
  });
  for (const event of events) calendar.createEvent(event);
  return calendar.toString();
}
