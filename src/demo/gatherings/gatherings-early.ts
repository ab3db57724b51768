// Gatherings of the earlier decades, on fixed days: the Soviet-American exchanges at Big Sur, a
// Potential China conference, and Oceans 2022, which went ahead after the invasion. Texts are
// ours; the history behind them is in DOMAIN.md.
import type { GatheringSeed } from './seeds.ts';

const ruEn = 'Russian-English consecutive';

export const earlyGatherings: readonly GatheringSeed[] = [
  {
    key: 'soviet-american-1986',
    title: 'Soviet-American exchange: a week at Big Sur',
    kind: 'retreat',
    program: 'soviet-american-exchange',
    venue: 'esalen',
    dates: { firstDay: '1986-09-20', days: 6, from: '16:00', until: '11:00' },
    timeZone: 'America/Los_Angeles',
    languages: ['en', 'ru'],
    capacity: 24,
    description:
      'Writers, psychologists and space scientists from both sides of the Cold War spent a week ' +
      'together on the coast: long conversations, walks, and plans for visits in both directions.',
    status: 'archived',
    sides: ['US', 'RU'],
    fields: ['literature', 'psychology', 'space science'],
    answers: { accepted: 14, declined: 3, maybe: 1 },
    sessions: [
      {
        day: 1,
        from: '09:30',
        until: '12:00',
        title: 'How each side pictures the other',
        room: 'Big House',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 2,
      },
      {
        day: 2,
        from: '09:30',
        until: '12:00',
        title: 'Writers in translation: who reads whom',
        room: 'Big House',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 1,
      },
      {
        day: 3,
        from: '15:00',
        until: '17:30',
        title: 'From orbit: what astronauts and cosmonauts could do together',
        room: 'Huxley',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 2,
      },
    ],
    notes: [
      'Several participants said that the exchange of books mattered more than any statement: ' +
        'a translated novel reaches readers no communiqué will. A visit the other way was ' +
        'proposed for the following year.',
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'writers-exchange',
        description: 'A reading tour in both countries was planned at the retreat.',
        people: 3,
      },
      { kind: 'tie', description: 'Began translating each other’s essays.' },
    ],
  },
  {
    key: 'potential-china-2012',
    title: 'Potential China: environment and technology',
    kind: 'conference',
    program: 'north-pacific-rim',
    venue: 'esalen',
    dates: { firstDay: '2012-05-06', days: 4, from: '15:00', until: '12:00' },
    timeZone: 'America/Los_Angeles',
    languages: ['en', 'zh'],
    capacity: 30,
    description:
      'Chinese and American scientists, engineers and psychologists on the rivers, coasts and ' +
      'cities of the North Pacific, and on what each country might learn from the other.',
    status: 'archived',
    sides: ['US', 'CN'],
    fields: ['climate', 'marine biology', 'psychology'],
    answers: { accepted: 16, declined: 4, cancelled: 1 },
    sessions: [
      {
        day: 1,
        from: '09:00',
        until: '11:30',
        title: 'Rivers and coasts under pressure',
        room: 'Big House',
        languages: ['en', 'zh'],
        interpretation: 'Chinese-English simultaneous',
        facilitators: 2,
      },
      {
        day: 2,
        from: '09:00',
        until: '11:30',
        title: 'Cities that breathe: air quality on both shores',
        room: 'Big House',
        languages: ['en', 'zh'],
        interpretation: 'Chinese-English simultaneous',
        facilitators: 1,
      },
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'pacific-environment-group',
        description: 'A standing group on coastal water quality grew out of the second day.',
        people: 4,
      },
    ],
  },
  {
    key: 'oceans-2022',
    title: 'Oceans 2022: the Southern Ocean and Antarctica',
    kind: 'conference',
    program: 'oceans-22',
    venue: 'bergen',
    dates: { firstDay: '2022-09-19', days: 4, from: '09:00', until: '16:00' },
    timeZone: 'Europe/Oslo',
    languages: ['en', 'ru', 'uk'],
    capacity: 26,
    description:
      'Marine biologists from Russia and Ukraine, with non-state negotiators, on protecting the ' +
      'Southern Ocean. Planned before the invasion, and held anyway: the ocean does not wait.',
    status: 'held',
    attendeeList: 'public_consented',
    public: true,
    sides: ['RU', 'UA'],
    fields: ['marine biology', 'climate'],
    answers: { accepted: 18, declined: 5, maybe: 2, cancelled: 1 },
    sessions: [
      {
        day: 0,
        from: '09:30',
        until: '12:00',
        title: 'Krill, ice and the food web',
        room: 'Main hall',
        languages: ['en'],
        facilitators: 2,
      },
      {
        day: 1,
        from: '09:30',
        until: '12:00',
        title: 'Marine protected areas: the proposals on the table',
        room: 'Main hall',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 2,
      },
      {
        day: 2,
        from: '14:00',
        until: '16:30',
        title: 'Working with negotiators: what science can offer',
        room: 'Library',
        languages: ['en'],
        facilitators: 1,
      },
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'southern-ocean-protection',
        description: 'A joint brief for negotiators was drafted during the conference.',
        people: 4,
      },
      {
        kind: 'project',
        project: 'marine-biologists-group',
        description: 'The biologists agreed to meet twice a year in Europe.',
        people: 3,
      },
    ],
  },
];
