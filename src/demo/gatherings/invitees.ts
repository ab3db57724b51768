// Who is asked to a demo gathering and how each answered: a list balanced across the two sides
// of its conflict (two from each side for every one from elsewhere), the people the program and
// fields point to first, and answer times that make sense (the waitlist filled after the seats).
import type { Logistics } from '../../gatherings/answers/logistics.ts';
import type { DemoPerson } from '../content.ts';
import { chooseName } from '../identity.ts';
import { cultures } from '../names.ts';
import { countryByCode, fictionalPhone } from '../places.ts';
import type { Random } from '../random.ts';
import type { AnswerCounts, GatheringSeed } from './seeds.ts';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

type State = keyof AnswerCounts;
const stateOrder: readonly State[] = [
  'accepted',
  'waitlisted',
  'maybe',
  'declined',
  'cancelled',
  'invited',
  'listed',
];

export interface Invitee {
  person: DemoPerson;
  state: State;
}

/** The invitees in list order, each with the state their answer left them in. */
export function chooseInvitees(
  random: Random,
  people: readonly DemoPerson[],
  seed: GatheringSeed,
  programSentence: string | undefined,
): Invitee[] {
  const states = stateOrder.flatMap((state) => Array<State>(seed.answers[state] ?? 0).fill(state));
  const belongs = (person: DemoPerson, code: string) =>
    person.residence === code || person.citizenships.includes(code);
  const [sideA, sideB] = seed.sides ?? [];
  const pools = {
    a: people.filter((person) => sideA !== undefined && belongs(person, sideA)),
    b: people.filter(
      (person) =>
        sideB !== undefined && belongs(person, sideB) && !(sideA && belongs(person, sideA)),
    ),
    other: people.filter(
      (person) => !(sideA && belongs(person, sideA)) && !(sideB && belongs(person, sideB)),
    ),
  };
  // Speakers at a public conference tend to be people who are known publicly.
  const score = (person: DemoPerson) =>
    (programSentence && person.bio.includes(programSentence) ? 2 : 0) +
    (seed.fields?.some((field) => person.fields.includes(field)) ? 1 : 0) +
    (seed.attendeeList === 'public_consented' && person.tier === 'public' ? 1 : 0);
  const queues = Object.fromEntries(
    Object.entries(pools).map(([side, pool]) => [
      side,
      random.sample(pool, pool.length).sort((left, right) => score(right) - score(left)),
    ]),
  ) as Record<keyof typeof pools, DemoPerson[]>;

  const pattern = seed.sides ? (['a', 'b', 'a', 'b', 'other'] as const) : (['other'] as const);
  const chosen: DemoPerson[] = [];
  for (let turn = 0; chosen.length < states.length; turn += 1) {
    if (pattern.every((side) => queues[side].length === 0)) break;
    const next = queues[pattern[turn % pattern.length] ?? 'other'].shift();
    if (next) chosen.push(next);
  }
  return chosen.map((person, index) => ({ person, state: states[index] ?? 'listed' }));
}

export interface AnswerTimes {
  invitedAt: Date | null;
  answeredAt: Date | null;
  waitlistedAt: Date | null;
  createdAt: Date;
}

/** When each invitee was asked and answered. Invitations go out six weeks ahead (or ten days
 * before load time, for gatherings nearer than that); seats fill in the first half of the time
 * to answer, then the waitlist in order, and withdrawals come last. */
export function answerTimes(
  random: Random,
  invitees: readonly Invitee[],
  startsAt: Date,
  now: Date,
): AnswerTimes[] {
  const sentAt = Math.min(startsAt.getTime() - 45 * day, now.getTime() - 10 * day);
  const window = Math.min(startsAt.getTime(), now.getTime()) - day - sentAt;
  const waitlisted = invitees.filter((invitee) => invitee.state === 'waitlisted').length;
  let waitlistPosition = 0;
  return invitees.map(({ state }, index) => {
    if (state === 'listed') {
      return { invitedAt: null, answeredAt: null, waitlistedAt: null, createdAt: new Date(sentAt) };
    }
    const invitedAt = new Date(sentAt + index * 7 * 60 * 1000);
    const within = (from: number, to: number) =>
      new Date(sentAt + window * (from + (to - from) * random.next()));
    let answeredAt: Date | null = null;
    let waitlistedAt: Date | null = null;
    if (state === 'accepted') answeredAt = within(0.05, 0.45);
    if (state === 'maybe' || state === 'declined') answeredAt = within(0.05, 0.9);
    if (state === 'cancelled') answeredAt = within(0.9, 0.95);
    if (state === 'waitlisted') {
      // Evenly after the seats were gone, so the order is the order of asking.
      const share = (waitlistPosition + 1) / (waitlisted + 1);
      answeredAt = new Date(sentAt + window * (0.5 + 0.35 * share));
      waitlistedAt = answeredAt;
      waitlistPosition += 1;
    }
    return { invitedAt, answeredAt, waitlistedAt, createdAt: new Date(sentAt - day) };
  });
}

const dietaryNeeds = ['', '', 'vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free', 'no nuts'];
const accessibilityNeeds = [
  '',
  '',
  '',
  'a ground-floor room',
  'step-free access to the sessions',
  'a seat near the speakers (hearing)',
];

/** What an accepted invitee told us: travel around the gathering's days, needs, and someone
 * to call. A visa letter only for those who are not at home in the venue's country. */
export function inventLogistics(
  random: Random,
  person: DemoPerson,
  gathering: { startsAt: Date; endsAt: Date; venueCountry: string },
): Logistics {
  const home = countryByCode(person.residence ?? 'US');
  const culture = cultures[random.weighted(home.cultures)];
  const atHome =
    person.residence === gathering.venueCountry ||
    person.citizenships.includes(gathering.venueCountry);
  return {
    arrival: new Date(gathering.startsAt.getTime() - random.int(2, 26) * hour).toISOString(),
    departure: new Date(gathering.endsAt.getTime() + random.int(1, 30) * hour).toISOString(),
    dietary: random.pick(dietaryNeeds),
    accessibility: random.pick(accessibilityNeeds),
    needsVisaLetter: !atHome && random.chance(0.6),
    emergencyContactName: chooseName(culture, random.chance(0.5), random).displayName,
    emergencyContactPhone:
      fictionalPhone(home.code, random) ?? (fictionalPhone('GB', random) as string),
  };
}
