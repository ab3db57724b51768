// Addresses of gatherings, in one place: the staff area (coordinators), the invitee pages of
// signed-in participants, answer links, and the public site. Gatherings are named by id, never
// by title (no names in URLs); answer tokens appear only in the link of the e-mail itself.
import type { Locale } from '../core/i18n/i18n.ts';

const staff = (id: string) => `/gatherings/${id}`;

export const gatheringPaths = {
  staffList: '/gatherings',
  staffNew: '/gatherings/new',
  staffOverview: staff,
  staffEdit: (id: string) => `${staff(id)}/edit`,
  staffStatus: (id: string) => `${staff(id)}/status`,
  invitations: (id: string) => `${staff(id)}/invitations`,
  agenda: (id: string) => `${staff(id)}/agenda`,
  checkIn: (id: string) => `${staff(id)}/check-in`,
  notes: (id: string) => `${staff(id)}/notes`,
  outcomes: (id: string) => `${staff(id)}/outcomes`,
  logisticsCsv: (id: string) => `${staff(id)}/logistics.csv`,
  logisticsPdf: (id: string) => `${staff(id)}/logistics.pdf`,
  followUp: (id: string) => `${staff(id)}/follow-up`,
  venues: '/gatherings/venues',
  venueNew: '/gatherings/venues/new',
  venue: (id: string) => `/gatherings/venues/${id}`,
  venueDelete: (id: string) => `/gatherings/venues/${id}/delete`,

  mine: '/me/gatherings',
  myGathering: (id: string) => `/me/gatherings/${id}`,
  /** One gathering's calendar file for an invitee; `myCalendar`: all the gatherings they accepted. */
  myGatheringCalendar: (id: string) => `/me/gatherings/${id}/calendar.ics`,
  myCalendar: '/me/gatherings/calendar.ics',

  /** The link in an invitation e-mail; it trades the token for a cookie and sends on to `answer`. */
  answerLink: (token: string) => `/answer/${token}`,
  answer: '/answer',

  publicList: (locale: Locale) => `/${locale}/gatherings`,
  publicGathering: (locale: Locale, id: string) => `/${locale}/gatherings/${id}`,
  publicCalendar: (locale: Locale, id: string) => `/${locale}/gatherings/${id}/calendar.ics`,
} as const;
