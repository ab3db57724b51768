// A demo person's name in their own script, its Latin form, the e-mail address built from it,
// and a pseudonym for people who need one.
import { type Culture, type Name, pseudonymWords } from './names.ts';
import type { Random } from './random.ts';

export interface PersonName {
  displayName: string;
  /** The Latin form when the display name is in another script. */
  otherNames: string[];
  latinGiven: string;
  latinFamily: string;
}

export function chooseName(culture: Culture, female: boolean, random: Random): PersonName {
  const given = random.pick(female ? culture.female : culture.male);
  const drawn = random.pick(culture.family);
  const family: Name = female && culture.feminine ? culture.feminine(drawn) : drawn;
  const displayName = culture.familyFirst
    ? `${family.native}${culture.script === 'Han' ? '' : ' '}${given.native}`
    : `${given.native} ${family.native}`;
  const latinName = culture.familyFirst
    ? `${family.latin} ${given.latin}`
    : `${given.latin} ${family.latin}`;
  return {
    displayName,
    otherNames: culture.script === 'Latin' ? [] : [latinName],
    latinGiven: given.latin,
    latinFamily: family.latin,
  };
}

/** Lowercase ASCII letters and digits only: "Mäkelä" -> "makela", "Al-Khatib" -> "alkhatib". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Shared mail services, all under the reserved example domains. */
export const personalMailDomains = [
  'mail.example.org',
  'post.example.net',
  'inbox.example.com',
  'example.net',
  'letters.example.com',
];

/** A new address: a common pattern of the Latin name, numbered if the pattern is taken. */
export function uniqueEmail(
  name: PersonName,
  domain: string,
  taken: Set<string>,
  random: Random,
): string {
  const given = asciiFold(name.latinGiven) || 'person';
  const family = asciiFold(name.latinFamily) || 'demo';
  const local = random.pick([
    `${given}.${family}`,
    `${given.charAt(0)}.${family}`,
    `${given}${family}`,
    `${family}.${given}`,
  ]);
  let address = `${local}@${domain}`;
  for (let number = 2; taken.has(address); number += 1) address = `${local}${number}@${domain}`;
  taken.add(address);
  return address;
}

/** Two neutral words ("Quiet Heron"), numbered if the pair is taken. */
export function uniquePseudonym(taken: Set<string>, random: Random): string {
  const base = `${random.pick(pseudonymWords.first).latin} ${random.pick(pseudonymWords.second).latin}`;
  let pseudonym = base;
  for (let number = 2; taken.has(pseudonym); number += 1) pseudonym = `${base} ${number}`;
  taken.add(pseudonym);
  return pseudonym;
}
