// Gatherings since the war began, on fixed days: the 2023 retreat at Esalen on the Russia-Ukraine
// war, the online meetings after it, and the conference of April 2024.
import type { GatheringSeed } from './seeds.ts';

const ruEn = 'Russian-English consecutive';

export const recentGatherings: readonly GatheringSeed[] = [
  {
    key: 'russia-ukraine-esalen-2023',
    title: 'Russia and Ukraine: a retreat at Esalen',
    kind: 'retreat',
    program: 'one-network',
    venue: 'esalen',
    dates: { firstDay: '2023-10-15', days: 5, from: '16:00', until: '11:00' },
    timeZone: 'America/Los_Angeles',
    languages: ['en', 'ru', 'uk'],
    capacity: 20,
    description:
      'Russians and Ukrainians, some of them working in war zones, met at Big Sur for five days ' +
      'under the Chatham House Rule: to listen, to grieve, and to find what can still be done ' +
      'together.',
    status: 'held',
    sides: ['RU', 'UA'],
    fields: ['journalism', 'psychology', 'public health', 'peacebuilding'],
    answers: { accepted: 16, declined: 4, maybe: 1, cancelled: 1 },
    sessions: [
      {
        day: 1,
        from: '09:30',
        until: '12:00',
        title: 'What the war has done to our work',
        room: 'Big House',
        languages: ['ru', 'uk', 'en'],
        interpretation: ruEn,
        facilitators: 2,
      },
      {
        day: 2,
        from: '09:30',
        until: '12:00',
        title: 'Reporting under pressure',
        room: 'Huxley',
        languages: ['ru', 'uk', 'en'],
        interpretation: 'Ukrainian-English consecutive',
        facilitators: 2,
      },
      {
        day: 3,
        from: '15:00',
        until: '17:30',
        title: 'Care for those who care: trauma and burnout',
        room: 'Huxley',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 1,
      },
    ],
    notes: [
      'A participant who works near the front line described the cost of telling the truth ' +
        'in a small town. Another answered that in their country the same truth could end a ' +
        'career, or worse. The room agreed that both risks are real and differ in kind.',
      'Most of the room favoured a prize for reporting on both sides, judged by journalists ' +
        'from neither government. Concerns were raised about the safety of laureates; the ' +
        'group proposed that a winner may stay anonymous.',
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'journalism-prize',
        description: 'The prize for Ukrainian and Russian journalists was first proposed here.',
        people: 4,
      },
      { kind: 'tie', description: 'Agreed to co-run a peer support circle for reporters.' },
      { kind: 'tie', description: 'Began exchanging field notes on trauma care.' },
    ],
  },
  {
    key: 'after-esalen-online-1',
    title: 'After Big Sur: first online meeting',
    kind: 'online_meeting',
    program: 'one-network',
    online: true,
    dates: { firstDay: '2023-12-06', days: 1, from: '17:00', until: '19:00' },
    timeZone: 'Europe/Berlin',
    languages: ['en', 'ru', 'uk'],
    description: 'The retreat’s participants meet again online to pick up what they began.',
    status: 'held',
    sides: ['RU', 'UA'],
    fields: ['journalism', 'psychology', 'public health', 'peacebuilding'],
    answers: { accepted: 12, declined: 2, maybe: 2 },
    noRecordCheckIn: true,
    sessions: [
      {
        day: 0,
        from: '17:00',
        until: '19:00',
        title: 'Where each of us stands now',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 1,
      },
    ],
  },
  {
    key: 'after-esalen-online-2',
    title: 'After Big Sur: second online meeting',
    kind: 'online_meeting',
    program: 'one-network',
    online: true,
    dates: { firstDay: '2024-02-14', days: 1, from: '17:00', until: '19:00' },
    timeZone: 'Europe/Berlin',
    languages: ['en', 'ru', 'uk'],
    description: 'Working groups report back; climate and the prize take shape.',
    status: 'held',
    attendeeList: 'confirmed_attendees',
    sides: ['RU', 'UA'],
    fields: ['journalism', 'climate', 'peacebuilding'],
    answers: { accepted: 11, declined: 3 },
    sessions: [
      {
        day: 0,
        from: '17:00',
        until: '18:00',
        title: 'Reports from the working groups',
        languages: ['en'],
        facilitators: 2,
      },
      {
        day: 0,
        from: '18:00',
        until: '19:00',
        title: 'Planning the spring conference',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 1,
      },
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'climate-working-groups',
        description: 'Two climate working groups formed from this meeting.',
        people: 3,
      },
    ],
  },
  {
    key: 'spring-conference-2024',
    title: 'Spring conference 2024: across the line',
    kind: 'conference',
    program: 'one-network',
    venue: 'berlin',
    dates: { firstDay: '2024-04-17', days: 3, from: '09:00', until: '17:00' },
    timeZone: 'Europe/Berlin',
    languages: ['en', 'ru', 'uk'],
    capacity: 22,
    description:
      'Three days in person for the network built since the retreat: journalism, literature, ' +
      'climate and care, with room for what nobody planned.',
    status: 'held',
    public: true,
    sides: ['RU', 'UA'],
    fields: ['journalism', 'literature', 'climate', 'translation'],
    answers: { accepted: 22, waitlisted: 2, declined: 5, maybe: 2, cancelled: 2 },
    sessions: [
      {
        day: 0,
        from: '10:00',
        until: '12:30',
        title: 'Opening circle',
        room: 'Hall A',
        languages: ['en', 'ru', 'uk'],
        interpretation: 'Russian-English and Ukrainian-English simultaneous',
        facilitators: 2,
      },
      {
        day: 1,
        from: '09:30',
        until: '12:00',
        title: 'Translating each other',
        room: 'Room 2',
        languages: ['ru', 'uk', 'en'],
        interpretation: ruEn,
        facilitators: 2,
      },
      {
        day: 1,
        from: '14:00',
        until: '16:30',
        title: 'The prize: rules, jury and safety',
        room: 'Hall A',
        languages: ['en', 'ru'],
        interpretation: ruEn,
        facilitators: 1,
      },
    ],
    outcomes: [
      {
        kind: 'project',
        project: 'literary-translations',
        description: 'Pairs of writers chose each other’s stories to translate.',
        people: 4,
      },
      { kind: 'tie', description: 'Will co-edit an anthology of short fiction.' },
    ],
  },
];
