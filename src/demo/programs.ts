// The programs of the demo organization, past and current, and the projects inside them. The
// facts follow the organization's history (shared/DOMAIN.md); the wording is ours.
import type { FieldName } from './fields.ts';

export interface ProjectSeed {
  slug: string;
  name: string;
  summary: string;
}

export interface ProgramSeed {
  slug: string;
  name: string;
  /** The name as it reads inside a sentence ("took part in the History Project"). */
  inSentence: string;
  summary: string;
  status: 'current' | 'past';
  startYear: number;
  endYear: number | null;
  /** Who the program brings in: people born in one of these countries or working in one of
   * these fields. Absent: anyone. */
  drawsFrom?: { countries?: readonly string[]; fields?: readonly FieldName[] };
  projects: readonly ProjectSeed[];
}

export const programSeeds: readonly ProgramSeed[] = [
  {
    slug: 'soviet-american-exchange',
    name: 'Soviet-American Exchange',
    inSentence: 'the Soviet-American exchanges',
    summary:
      'Through the 1980s, scientists, writers, psychologists and cosmonauts met their American ' +
      'counterparts when their governments barely spoke. Many of the friendships made then ' +
      'still carry the network today.',
    status: 'past',
    startYear: 1980,
    endYear: 1991,
    drawsFrom: { countries: ['US', 'RU', 'UA', 'GE', 'AM'] },
    projects: [
      {
        slug: 'spacebridges',
        name: 'Spacebridges',
        summary:
          'Live satellite links that let audiences in both countries question each other ' +
          'directly, starting in 1982.',
      },
      {
        slug: 'space-explorers-talks',
        name: 'Cosmonauts and Astronauts',
        summary:
          'Conversations between people who had seen the Earth from orbit, which grew into a ' +
          'lasting association of space flyers.',
      },
      {
        slug: 'writers-exchange',
        name: 'Writers Exchange',
        summary:
          'Visits and readings that brought Soviet writers to American cities and into the ' +
          'international community of writers.',
      },
    ],
  },
  {
    slug: 'north-pacific-rim',
    name: 'North Pacific Rim',
    inSentence: 'the North Pacific Rim conferences',
    summary:
      'Eight "Potential China" conferences that gathered Chinese, Russian and American ' +
      'participants around the environment, technology, culture and psychology.',
    status: 'past',
    startYear: 2008,
    endYear: 2016,
    drawsFrom: { countries: ['US', 'RU', 'CN'] },
    projects: [
      {
        slug: 'potential-china-conferences',
        name: 'Potential China Conferences',
        summary: 'A series of small conferences held over eight years, each on one shared theme.',
      },
      {
        slug: 'pacific-environment-group',
        name: 'Pacific Environment Group',
        summary: 'Researchers comparing notes on air, water and coastlines around the Pacific.',
      },
    ],
  },
  {
    slug: 'whom-do-we-trust',
    name: 'Whom Do We Trust',
    inSentence: 'Whom Do We Trust',
    summary:
      'Three years of meetings in St. Petersburg where more than a hundred Russian and ' +
      'American students worked out answers of their own to shared global threats.',
    status: 'past',
    startYear: 2016,
    endYear: 2019,
    drawsFrom: { countries: ['US', 'RU'] },
    projects: [
      {
        slug: 'st-petersburg-sessions',
        name: 'St. Petersburg Sessions',
        summary: 'Week-long sessions where mixed teams of students met, argued and designed.',
      },
      {
        slug: 'global-threats-lab',
        name: 'Global Threats Lab',
        summary: 'Student proposals on pandemics, nuclear risk and disinformation.',
      },
    ],
  },
  {
    slug: 'weekly-resources',
    name: 'Weekly Resources',
    inSentence: 'the Weekly Resources exchange',
    summary:
      'A weekly letter of carefully chosen reading on the wars in Ukraine and the Middle East, ' +
      'sent to participants on every side; their answers often start new work.',
    status: 'current',
    startYear: 2022,
    endYear: null,
    projects: [
      {
        slug: 'russia-ukraine-resources',
        name: 'Russia-Ukraine War Resources',
        summary: 'Analysis, first-hand accounts and humanitarian news from and about the war.',
      },
      {
        slug: 'israel-gaza-resources',
        name: 'Israel-Gaza War Resources',
        summary: 'Voices from Israeli and Palestinian peace builders, added in late 2023.',
      },
    ],
  },
  {
    slug: 'history-project',
    name: 'The History Project',
    inSentence: 'the History Project',
    summary:
      'An oral history of four decades of citizen diplomacy: long interviews with the people ' +
      'who did the work, turned into a book, short films and podcasts.',
    status: 'current',
    startYear: 2019,
    endYear: null,
    drawsFrom: { fields: ['history'] },
    projects: [
      {
        slug: 'oral-history-interviews',
        name: 'Oral History Interviews',
        summary: 'More than forty recorded conversations, transcribed and indexed.',
      },
      {
        slug: 'history-book',
        name: 'The Book',
        summary: 'A draft history of the work from the late 1970s to the present.',
      },
    ],
  },
  {
    slug: 'international-abrahamic-network',
    name: 'International Abrahamic Network',
    inSentence: 'the International Abrahamic Network',
    summary:
      'Support for Israelis and Palestinians who build peace in their own communities, and a ' +
      'place where they can meet each other and colleagues abroad.',
    status: 'current',
    startYear: 1993,
    endYear: null,
    drawsFrom: { countries: ['IL', 'PS'], fields: ['peacebuilding'] },
    projects: [
      {
        slug: 'peacebuilders-circle',
        name: 'Peacebuilders Circle',
        summary: 'Monthly online meetings of Israeli and Palestinian peace builders.',
      },
      {
        slug: 'shared-stage',
        name: 'Shared Stage',
        summary: 'Theatre and music made together by young Israelis and Palestinians.',
      },
    ],
  },
  {
    slug: 'one-network',
    name: 'One Network',
    inSentence: 'One Network',
    summary:
      'Connects participants across regions and helps them start projects together, from ' +
      'journalism and literature to climate and technology.',
    status: 'current',
    startYear: 2020,
    endYear: null,
    projects: [
      {
        slug: 'journalism-prize',
        name: 'Prize for Ukrainian and Russian Journalists',
        summary: 'An annual award for reporting that holds to the facts under pressure.',
      },
      {
        slug: 'climate-working-groups',
        name: 'Climate Working Groups',
        summary: 'Small groups of scientists from countries at odds, each on one climate question.',
      },
      {
        slug: 'literary-translations',
        name: 'Literary Translations',
        summary: 'Writers translating each other, across the front lines and into English.',
      },
    ],
  },
  {
    slug: 'oceans-22',
    name: 'Oceans 22',
    inSentence: 'Oceans 22',
    drawsFrom: { fields: ['marine biology', 'climate'] },
    summary:
      'Scientists and non-state negotiators working to protect the Southern Ocean and the ' +
      'waters around Antarctica, a line of work that went on through the war.',
    status: 'current',
    startYear: 2022,
    endYear: null,
    projects: [
      {
        slug: 'southern-ocean-protection',
        name: 'Southern Ocean Protection',
        summary: 'Proposals for marine protected areas, prepared with negotiators.',
      },
      {
        slug: 'marine-biologists-group',
        name: "Marine Biologists' Group",
        summary: 'Biologists from Russia, China, Ukraine and Europe who meet in Europe.',
      },
    ],
  },
];

/** The programs that could have brought this person into the network in a given year. */
export function programsJoinable(
  year: number,
  person: { origin: string; fields: readonly FieldName[] },
): ProgramSeed[] {
  return programSeeds.filter((program) => {
    if (program.startYear > year || (program.endYear !== null && year > program.endYear)) {
      return false;
    }
    const draws = program.drawsFrom;
    if (!draws) return true;
    return (
      (draws.countries?.includes(person.origin) ?? false) ||
      person.fields.some((field) => draws.fields?.includes(field))
    );
  });
}
