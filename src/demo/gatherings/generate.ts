// The demo gatherings as rows: venues, gatherings, invitations and answers, logistics, agendas,
// attendance, notes and outcomes, with the travel advisories that concern them. Pure, like the
// other generators: the same seed, people and load time give the same rows. Past gatherings keep
// their fixed days; those to come count from load time, so they are still ahead when seen.
import { zonedInputToDate } from '../../gatherings/zoned-time.ts';
import type { DemoContent, DemoPerson } from '../content.ts';
import { programSeeds } from '../programs.ts';
import { createRandom, type Random } from '../random.ts';
import type { DemoSite } from '../site/content.ts';
import { siteLocales } from '../site/seeds.ts';
import type { DemoGatherings } from './content.ts';
import { earlyGatherings } from './gatherings-early.ts';
import { recentGatherings } from './gatherings-recent.ts';
import { upcomingGatherings } from './gatherings-upcoming.ts';
import { answerTimes, chooseInvitees, inventLogistics } from './invitees.ts';
import type { GatheringDates, GatheringSeed, VenueKey } from './seeds.ts';
import { advisorySeeds, venueSeeds } from './venues.ts';

const day = 24 * 60 * 60 * 1000;
const gatheringSeeds: readonly GatheringSeed[] = [
  ...earlyGatherings,
  ...recentGatherings,
  ...upcomingGatherings,
];

interface Context {
  content: DemoContent;
  now: Date;
  venues: Map<VenueKey, { id: string; country: string }>;
  programId: (slug: string) => string;
  projectId: (slug: string) => string;
}

export function generateGatherings(
  content: DemoContent,
  site: DemoSite,
  now: Date,
): DemoGatherings {
  const root = createRandom(content.seed).fork('gatherings');
  const demo: DemoGatherings = {
    venues: [],
    gatherings: [],
    invitations: [],
    logistics: [],
    sessions: [],
    facilitators: [],
    attendance: [],
    notes: [],
    outcomes: [],
    outcomePeople: [],
    advisories: [],
    advisoryTexts: [],
    venueNotices: [],
  };
  const context: Context = {
    content,
    now,
    venues: new Map(),
    programId: idsBySlug(content.programs),
    projectId: idsBySlug(content.projects),
  };
  for (const venue of venueSeeds) {
    const id = root.fork(`venue:${venue.key}`).uuid();
    context.venues.set(venue.key, { id, country: venue.country });
    const { name, address, country, travelNotes } = venue;
    demo.venues.push({ id, name, address, country, travelNotes });
  }
  for (const seed of gatheringSeeds) {
    addGathering(demo, seed, root.fork(`gathering:${seed.key}`), context);
  }

  for (const [index, advisory] of advisorySeeds.entries()) {
    const id = root.fork(`advisory:${index}`).uuid();
    demo.advisories.push({
      id,
      severity: advisory.severity,
      startsAt: new Date(now.getTime() + advisory.startsInDays * day),
      endsAt: new Date(now.getTime() + advisory.endsInDays * day),
      linkUrl: null,
      country: advisory.country,
      siteBanner: false,
    });
    for (const locale of siteLocales) {
      demo.advisoryTexts.push({ noticeId: id, locale, ...advisory.texts[locale] });
    }
  }
  // The site demo's road closure is about the way to Esalen.
  const roadClosure = site.noticeTexts.find(
    (text) => text.locale === 'en' && text.message.includes('Highway 1'),
  );
  const esalen = context.venues.get('esalen');
  if (!roadClosure || !esalen) throw new Error('The demo site has no Highway 1 notice to tie.');
  demo.venueNotices.push({ noticeId: roadClosure.noticeId, venueId: esalen.id });
  return demo;
}

function addGathering(
  demo: DemoGatherings,
  seed: GatheringSeed,
  random: Random,
  { content, now, venues, programId, projectId }: Context,
): void {
  const id = random.uuid();
  const at = (offsetDays: number, wallClock: string) =>
    localMoment(seed.dates, offsetDays, wallClock, seed.timeZone, now);
  const startsAt = at(0, seed.dates.from);
  const endsAt = at(seed.dates.days - 1, seed.dates.until);
  const venue = seed.venue ? venues.get(seed.venue) : undefined;
  const past = endsAt < now;
  const createdAt = new Date(Math.min(startsAt.getTime() - 90 * day, now.getTime() - 30 * day));

  const program = programSeeds.find((candidate) => candidate.slug === seed.program);
  const invitees = chooseInvitees(
    random.fork('invitees'),
    content.people,
    seed,
    program?.inSentence,
  );
  const times = answerTimes(random.fork('answers'), invitees, startsAt, now);
  const accepted: DemoPerson[] = [];
  invitees.forEach(({ person, state }, index) => {
    const invitationId = random.uuid();
    // Asked on accepting; people known publicly say yes more often. Protected people are never
    // listed, whatever they answer, so the demo does not ask them.
    const consents =
      state === 'accepted' &&
      person.tier !== 'protected' &&
      random.chance(person.tier === 'public' ? 0.75 : 0.3);
    demo.invitations.push({
      id: invitationId,
      gatheringId: id,
      personId: person.id,
      state,
      listConsent: consents,
      // No answer links in the demo: a token exists only in the e-mail that carries it.
      answerTokenHash: null,
      answerTokenExpiresAt: null,
      ...(times[index] as (typeof times)[number]),
    });
    if (state !== 'accepted') return;
    accepted.push(person);
    if (seed.logistics && venue && random.chance(0.85)) {
      demo.logistics.push({
        invitationId,
        logistics: inventLogistics(random, person, {
          startsAt,
          endsAt,
          venueCountry: venue.country,
        }),
      });
    }
  });

  // Who came: most of those who accepted. In no-record mode, only how many.
  const present = past ? accepted.filter(() => random.chance(0.92)) : [];
  if (!seed.noRecordCheckIn) {
    for (const person of present) {
      const checkedInAt = new Date(startsAt.getTime() + random.int(0, 90) * 60 * 1000);
      demo.attendance.push({ gatheringId: id, personId: person.id, checkedInAt });
    }
  }
  demo.gatherings.push({
    id,
    title: seed.title,
    kind: seed.kind,
    programId: seed.program ? programId(seed.program) : null,
    startsAt,
    endsAt,
    timeZone: seed.timeZone,
    venueId: venue?.id ?? null,
    onlineUrl: seed.online
      ? `https://meet.example.org/tracktwo-${random.uuid().slice(0, 8)}`
      : null,
    languages: [...seed.languages],
    capacity: seed.capacity ?? null,
    description: seed.description,
    status: seed.status,
    attendeeList: seed.attendeeList ?? 'staff_only',
    public: seed.public ?? false,
    sides: seed.sides ? [seed.sides[0], seed.sides[1]] : null,
    noRecordCheckIn: seed.noRecordCheckIn ?? false,
    anonymousCheckIns: seed.noRecordCheckIn ? present.length : 0,
    createdAt,
    updatedAt: past ? new Date(endsAt.getTime() + 2 * day) : new Date(now.getTime() - day),
  });

  for (const session of seed.sessions) {
    const sessionId = random.uuid();
    demo.sessions.push({
      id: sessionId,
      gatheringId: id,
      title: session.title,
      description: session.description ?? '',
      startsAt: at(session.day, session.from),
      endsAt: at(session.day, session.until),
      room: session.room ?? '',
      languages: [...session.languages],
      interpretation: session.interpretation ?? '',
    });
    for (const person of random.sample(accepted, session.facilitators ?? 0)) {
      demo.facilitators.push({ sessionId, personId: person.id });
    }
  }

  const afterwards = new Date(endsAt.getTime() + day);
  for (const body of seed.notes ?? []) {
    demo.notes.push({ gatheringId: id, body, createdAt: afterwards });
  }
  // Collaborations begin among those who were there (or, unrecorded, those who said they'd come).
  const participants = seed.noRecordCheckIn ? accepted : present;
  for (const outcome of seed.outcomes ?? []) {
    const people =
      outcome.kind === 'project'
        ? random.sample(participants, outcome.people)
        : random.sample(participants, 2);
    if (outcome.kind === 'tie' && people.length < 2) continue;
    const outcomeId = random.uuid();
    demo.outcomes.push({
      id: outcomeId,
      gatheringId: id,
      kind: outcome.kind,
      projectId: outcome.kind === 'project' ? projectId(outcome.project) : null,
      description: outcome.description,
      createdAt: new Date(endsAt.getTime() + 7 * day),
    });
    for (const person of people) demo.outcomePeople.push({ outcomeId, personId: person.id });
  }
}

/** A wall-clock time on a day of the gathering, in its zone, as the moment it names. */
function localMoment(
  dates: GatheringDates,
  offsetDays: number,
  wallClock: string,
  timeZone: string,
  now: Date,
): Date {
  const first =
    'firstDay' in dates
      ? new Date(`${dates.firstDay}T00:00:00Z`)
      : new Date(now.getTime() + dates.startsInDays * day);
  const date = new Date(first.getTime() + offsetDays * day).toISOString().slice(0, 10);
  const moment = zonedInputToDate(`${date}T${wallClock}`, timeZone);
  if (!moment) throw new Error(`The demo gathering time ${date}T${wallClock} is not valid.`);
  return moment;
}

function idsBySlug(rows: readonly { id: string; slug: string }[]): (slug: string) => string {
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  return (slug) => {
    const id = ids.get(slug);
    if (!id) throw new Error(`A demo gathering refers to "${slug}", which the demo does not have.`);
    return id;
  };
}
