// One demo person with their contact channels and affiliations: where they come from and live,
// what they know, how visible they are, and how they came into the network.
import { type CareerStage, careerStages, composeBio } from './bios.ts';
import type { DemoAffiliation, DemoContactChannel, DemoPerson } from './content.ts';
import { type FieldName, fieldNames } from './fields.ts';
import {
  asciiFold,
  chooseName,
  type PersonName,
  personalMailDomains,
  uniqueEmail,
  uniquePseudonym,
} from './identity.ts';
import { type Culture, cultures } from './names.ts';
import { type OrganizationSeed, organizationDomain, rolesByKind } from './organizations.ts';
import { type Country, countries, countryByCode, fictionalPhone } from './places.ts';
import { programSeeds, programsJoinable } from './programs.ts';
import type { Random } from './random.ts';

/** The year the demo describes as "now". Fixed, so the output does not depend on the clock. */
export const demoYear = 2024;

export interface OrganizationRef {
  id: string;
  seed: OrganizationSeed;
}

/** What people generated one after another share, to keep addresses and pseudonyms unique. */
export interface PeopleContext {
  organizations: readonly OrganizationRef[];
  takenEmails: Set<string>;
  takenPseudonyms: Set<string>;
}

export interface GeneratedPerson {
  person: DemoPerson;
  contactChannels: DemoContactChannel[];
  affiliations: DemoAffiliation[];
}

const countryWeights = countries.map((country) => [country, country.weight] as const);
const stageWeights = [
  ['student', 13],
  ['early', 20],
  ['mid', 32],
  ['senior', 23],
  ['elder', 12],
] as const;
/** Apart from protected, which depends on where a person lives. */
const tierWeights = [
  ['public', 10],
  ['network', 50],
  ['staff', 25],
] as const;
/** The year a career began, by stage. */
const careerStart: Record<CareerStage, readonly [number, number]> = {
  student: [2019, 2023],
  early: [2010, 2019],
  mid: [1996, 2010],
  senior: [1982, 1996],
  elder: [1966, 1980],
};
/** The year a person came into the network, by stage; elders from the 1980s on. */
const networkSinceRange: Record<CareerStage, readonly [number, number]> = {
  student: [2016, 2024],
  early: [2012, 2023],
  mid: [2004, 2023],
  senior: [1990, 2015],
  elder: [1981, 1989],
};
const sovietAmerican = programSeeds.find((program) => program.slug === 'soviet-american-exchange');

export function generatePerson(random: Random, context: PeopleContext): GeneratedPerson {
  const id = random.uuid();
  const origin = random.weighted(countryWeights);
  const emigration = origin.emigration;
  const residence =
    emigration && random.chance(emigration.chance)
      ? countryByCode(random.weighted(emigration.to))
      : origin;
  const culture: Culture = cultures[random.weighted(origin.cultures)];
  const name = chooseName(culture, random.chance(0.5), random);
  const stage = random.weighted(stageWeights);
  const fields = random.sample(
    fieldNames,
    random.weighted([
      [1, 4],
      [2, 4.5],
      [3, 1.5],
    ] as const),
  );
  const languages = chooseLanguages(culture, residence, random);
  const tier = random.chance(residence.protectedChance)
    ? 'protected'
    : random.weighted(tierWeights);

  const veteran =
    stage === 'elder' && (sovietAmerican?.drawsFrom?.countries?.includes(origin.code) ?? false);
  const [earliest, latest] = networkSinceRange[stage];
  // Only the Soviet-American exchanges ran in the 1980s; other elders came with the 1990s.
  const networkSince =
    stage === 'elder' && !veteran ? random.int(1990, 1998) : random.int(earliest, latest);
  const joinable = programsJoinable(networkSince, { origin: origin.code, fields });
  const joinedThrough = joinable.length > 0 ? random.pick(joinable) : undefined;
  const bio = composeBio(
    {
      stage,
      fields,
      city: random.pick(residence.cities),
      networkSince,
      joinedThrough,
      sovietAmericanVeteran: veteran,
      languages,
    },
    random,
  );

  const affiliations = chooseAffiliations(id, stage, fields, origin, residence, context, random);
  const currentId = affiliations.find((affiliation) => affiliation.toYear === null)?.organizationId;
  const currentOrganization = context.organizations.find(({ id }) => id === currentId);
  const protectedPerson = tier === 'protected';
  const person: DemoPerson = {
    id,
    displayName: name.displayName,
    otherNames: name.otherNames,
    pseudonym: protectedPerson ? uniquePseudonym(context.takenPseudonyms, random) : null,
    residence: residence.code,
    citizenships:
      residence === origin || random.chance(0.6) ? [origin.code] : [origin.code, residence.code],
    languages,
    fields,
    bio,
    tier,
  };
  // People at risk write from private addresses, not from their workplace.
  const mailDomain =
    !protectedPerson && currentOrganization && random.chance(0.45)
      ? organizationDomain(currentOrganization.seed)
      : random.pick(personalMailDomains);
  const email = uniqueEmail(name, mailDomain, context.takenEmails, random);
  const contactChannels = chooseChannels(id, email, name, residence, protectedPerson, random);
  return { person, contactChannels, affiliations };
}

function chooseLanguages(culture: Culture, residence: Country, random: Random): string[] {
  const tags = [culture.language];
  const add = (tag: string, probability: number) => {
    if (!tags.includes(tag) && random.chance(probability)) tags.push(tag);
  };
  // Russian stays common where it was the Soviet lingua franca.
  if (['uk', 'ka', 'hy'].includes(culture.language)) add('ru', 0.55);
  if (culture.language === 'fi') add('sv', 0.25);
  if (culture.language === 'ar' && residence.code === 'IL') add('he', 0.85);
  if (culture.language === 'he') add('ar', 0.15);
  const [local] = residence.cultures[0] ?? [];
  if (local) add(cultures[local].language, 0.6);
  add('en', 0.85);
  add(random.pick(['fr', 'de', 'es', 'ru', 'ar', 'he', 'zh']), 0.1);
  return tags;
}

function chooseAffiliations(
  personId: string,
  stage: CareerStage,
  fields: readonly FieldName[],
  origin: Country,
  residence: Country,
  context: PeopleContext,
  random: Random,
): DemoAffiliation[] {
  const count = random.weighted([
    [0, 5],
    [1, 62],
    [2, 33],
  ] as const);
  if (count === 0) return [];
  const stageIndex = careerStages.indexOf(stage);
  const [startMin, startMax] = careerStart[stage];
  const begin = random.int(startMin, startMax);
  const current = pickOrganization(residence.code, fields, stage, [], context, random);
  const role = (organization: OrganizationRef, index: number) =>
    rolesByKind[organization.seed.kind][Math.max(0, index)] ?? '';
  if (count === 1) {
    return [
      {
        personId,
        organizationId: current.id,
        role: role(current, stageIndex),
        fromYear: random.int(begin, demoYear - 1),
        toYear: null,
      },
    ];
  }
  // Emigrés often keep a tie to an institution back home: the earlier job is there.
  const earlier = pickOrganization(origin.code, fields, stage, [current.id], context, random);
  const switchYear = begin + Math.floor((demoYear - begin) * (0.3 + 0.5 * random.next()));
  return [
    {
      personId,
      organizationId: earlier.id,
      role: role(earlier, stageIndex - 1),
      fromYear: begin,
      toYear: switchYear,
    },
    {
      personId,
      organizationId: current.id,
      role: role(current, stageIndex),
      fromYear: switchYear,
      toYear: null,
    },
  ];
}

/** An organization in the country, preferably in one of the person's fields; students lean to
 * universities. Falls back to any organization abroad in their field. */
function pickOrganization(
  countryCode: string,
  fields: readonly FieldName[],
  stage: CareerStage,
  exclude: readonly string[],
  context: PeopleContext,
  random: Random,
): OrganizationRef {
  const open = context.organizations.filter((organization) => !exclude.includes(organization.id));
  const inField = (organization: OrganizationRef) =>
    organization.seed.fields.some((field) => fields.includes(field));
  const local = open.filter((organization) => organization.seed.country === countryCode);
  const localInField = local.filter(inField);
  let pool = localInField.length > 0 ? localInField : local;
  if (pool.length === 0) pool = open.filter(inField);
  if (pool.length === 0) pool = open;
  const universities = pool.filter((organization) => organization.seed.kind === 'university');
  if (stage === 'student' && universities.length > 0 && random.chance(0.7)) pool = universities;
  return random.pick(pool);
}

function chooseChannels(
  personId: string,
  email: string,
  name: PersonName,
  residence: Country,
  protectedPerson: boolean,
  random: Random,
): DemoContactChannel[] {
  const channel = (kind: DemoContactChannel['kind'], value: string): DemoContactChannel => ({
    id: random.uuid(),
    personId,
    kind,
    value,
    preferred: 0,
  });
  const channels = [channel('email', email)];
  const phone = fictionalPhone(residence.code, random);
  if (phone && random.chance(0.4)) {
    channels.push(channel('phone', phone));
    if (random.chance(0.3)) channels.push(channel('whatsapp', phone));
  }
  const given = asciiFold(name.latinGiven) || 'person';
  const family = asciiFold(name.latinFamily) || 'demo';
  if (protectedPerson && random.chance(0.6)) {
    // Signal usernames end in two digits; the one preferred channel of a person at risk.
    channels.push({ ...channel('signal', `${given}.${random.int(10, 99)}`), preferred: 1 });
  } else if (['RU', 'UA', 'GE', 'AM'].includes(residence.code) && random.chance(0.3)) {
    channels.push(channel('telegram', `@${`${given}_${family}`.slice(0, 27)}_demo`));
  }
  const [first] = channels;
  if (first && !channels.some((candidate) => candidate.preferred === 1)) first.preferred = 1;
  return channels;
}
