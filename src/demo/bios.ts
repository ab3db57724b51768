// Short English bios composed from a few sentence templates, so that no two read quite alike.
import { type FieldName, fields } from './fields.ts';
import type { ProgramSeed } from './programs.ts';
import type { Random } from './random.ts';

export const careerStages = ['student', 'early', 'mid', 'senior', 'elder'] as const;
export type CareerStage = (typeof careerStages)[number];

export interface BioFacts {
  stage: CareerStage;
  fields: readonly FieldName[];
  city: string;
  networkSince: number;
  /** The program that brought the person in, if any was running then. */
  joinedThrough: ProgramSeed | undefined;
  /** Whether the person took part in the Soviet-American exchanges of the 1980s. */
  sovietAmericanVeteran: boolean;
  languages: readonly string[];
}

const languageNames: Record<string, string> = {
  en: 'English',
  ru: 'Russian',
  uk: 'Ukrainian',
  he: 'Hebrew',
  ar: 'Arabic',
  zh: 'Chinese',
  de: 'German',
  fr: 'French',
  fi: 'Finnish',
  sv: 'Swedish',
  nb: 'Norwegian',
  pl: 'Polish',
  ka: 'Georgian',
  hy: 'Armenian',
  es: 'Spanish',
};

const pastimes = [
  'keeps bees',
  'sings in a community choir',
  'sails small boats',
  'translates poetry for pleasure',
  'runs long distances',
  'collects old maps',
  'teaches chess to children',
  'photographs birds',
  'grows vegetables on a balcony',
  'plays the cello in an amateur orchestra',
];

const veteranMemories = [
  'took part in the early exchanges between Soviet and American colleagues',
  'still talks about the first satellite spacebridges',
  'hosted visiting writers in the late 1980s',
  'was one of the first interviewed for the History Project',
];

const elderMemories = [
  'now mentors younger participants',
  'helped shape the first gatherings in the region',
  'is a familiar voice at every retreat',
];

export function composeBio(facts: BioFacts, random: Random): string {
  return [opening(facts, random), arrival(facts, random), extra(facts, random)]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

function opening({ stage, fields: own, city }: BioFacts, random: Random): string {
  const main = own[0] ?? 'history';
  const { practitioner, topics } = fields[main];
  const topic = random.pick(topics);
  const studied = main === 'arts' ? 'the arts' : main;
  switch (stage) {
    case 'student':
      return random.pick([
        `Student of ${studied} in ${city}, writing a thesis on ${topic}.`,
        `Studies ${studied} in ${city} and is drawn to ${topic}.`,
      ]);
    case 'elder':
      return random.pick([
        `${capitalize(withArticle(practitioner))} who has spent four decades on ${topic}, living in ${city}.`,
        `Retired ${practitioner} in ${city}, still writing about ${topic}.`,
      ]);
    case 'senior':
      return random.pick([
        `Has worked as ${withArticle(practitioner)} in ${city} for more than twenty years, lately on ${topic}.`,
        `${capitalize(withArticle(practitioner))} in ${city} who leads work on ${topic}.`,
      ]);
    default:
      return random.pick([
        `${capitalize(withArticle(practitioner))} based in ${city}, working on ${topic}.`,
        `${capitalize(practitioner)} in ${city} whose work centres on ${topic}.`,
        `Works in ${city} as ${withArticle(practitioner)}, mostly on ${topic}.`,
      ]);
  }
}

function arrival(facts: BioFacts, random: Random): string {
  const { stage, networkSince: year, joinedThrough: program } = facts;
  if (stage === 'elder') {
    const memories = facts.sovietAmericanVeteran ? veteranMemories : elderMemories;
    return `In the network since ${year}; ${random.pick(memories)}.`;
  }
  if (!program) return `Joined the network in ${year}.`;
  if (program.status === 'past' || stage === 'student') {
    return random.pick([
      `Joined the network in ${year} through ${program.inSentence}.`,
      `Came to the network through ${program.inSentence} in ${year}.`,
    ]);
  }
  return `Has taken part in ${program.inSentence} since ${year}.`;
}

function extra({ fields: own, languages }: BioFacts, random: Random): string {
  const second = own[1];
  const roll = random.next();
  if (roll < 0.25 && second) return `Also active in ${second}.`;
  if (roll < 0.5) return `Outside work, ${random.pick(pastimes)}.`;
  if (roll < 0.7 && languages.length > 1) {
    const names = languages.map((tag) => languageNames[tag] ?? tag);
    return `Speaks ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}.`;
  }
  return '';
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
