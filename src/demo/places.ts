// The countries demo people come from and live in, with how many of them, which naming cultures,
// and how often residents are at risk. Codes are ISO 3166-1 alpha-2; "PS" is Palestine.
import type { CultureKey } from './names.ts';
import type { Random } from './random.ts';

export const countryGroups = [
  'United States',
  'Russia',
  'Ukraine',
  'Israel',
  'Palestine',
  'China',
  'Europe',
] as const;
export type CountryGroup = (typeof countryGroups)[number];

export interface Country {
  code: string;
  group: CountryGroup;
  /** Share of demo people born here, relative to the other weights. */
  weight: number;
  cultures: readonly (readonly [CultureKey, number])[];
  cities: readonly string[];
  /** How likely a resident is protected: people in Russia, Ukraine, Israel and Palestine risk
   * more if their contacts become known. */
  protectedChance: number;
  /** Where people born here have moved, for the share that has (emigrés since 2022...). */
  emigration?: { chance: number; to: readonly (readonly [string, number])[] };
}

const europe = (code: string, weight: number, culture: CultureKey, cities: string[]): Country => ({
  code,
  group: 'Europe',
  weight,
  cultures: [[culture, 1]],
  cities,
  protectedChance: 0.05,
});

export const countries: readonly Country[] = [
  {
    code: 'US',
    group: 'United States',
    weight: 20,
    cultures: [['american', 1]],
    cities: ['Boston', 'San Francisco', 'Seattle', 'Chicago', 'Washington', 'Santa Cruz', 'Austin'],
    protectedChance: 0.04,
  },
  {
    code: 'RU',
    group: 'Russia',
    weight: 15,
    cultures: [['russian', 1]],
    cities: ['Moscow', 'St. Petersburg', 'Kazan', 'Novosibirsk', 'Yekaterinburg', 'Murmansk'],
    protectedChance: 0.36,
    emigration: {
      chance: 0.18,
      to: [
        ['GE', 3],
        ['AM', 3],
        ['DE', 2],
        ['FI', 1],
        ['IL', 2],
        ['US', 1],
      ],
    },
  },
  {
    code: 'UA',
    group: 'Ukraine',
    weight: 15,
    cultures: [['ukrainian', 1]],
    cities: ['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Chernihiv'],
    protectedChance: 0.3,
    emigration: {
      chance: 0.14,
      to: [
        ['PL', 3],
        ['DE', 2],
        ['GB', 1],
        ['NO', 1],
      ],
    },
  },
  {
    code: 'IL',
    group: 'Israel',
    weight: 8,
    cultures: [
      ['hebrew', 0.82],
      ['arabic', 0.18],
    ],
    cities: ['Jerusalem', 'Tel Aviv', 'Haifa', 'Beersheba', 'Nazareth'],
    protectedChance: 0.22,
  },
  {
    code: 'PS',
    group: 'Palestine',
    weight: 7,
    cultures: [['arabic', 1]],
    cities: ['Ramallah', 'Bethlehem', 'Nablus', 'Hebron', 'Gaza', 'Jericho'],
    protectedChance: 0.36,
    emigration: { chance: 0.06, to: [['US', 1]] },
  },
  {
    code: 'CN',
    group: 'China',
    weight: 7,
    cultures: [['chinese', 1]],
    cities: ['Beijing', 'Shanghai', 'Qingdao', 'Xiamen', 'Guangzhou', 'Harbin'],
    protectedChance: 0.08,
    emigration: { chance: 0.08, to: [['US', 1]] },
  },
  europe('DE', 5, 'german', ['Berlin', 'Hamburg', 'Bremen', 'Munich', 'Leipzig']),
  europe('FR', 4, 'french', ['Paris', 'Lyon', 'Marseille', 'Brest', 'Strasbourg']),
  europe('GB', 5, 'british', ['London', 'Edinburgh', 'Plymouth', 'Manchester', 'Bristol']),
  europe('FI', 3, 'finnish', ['Helsinki', 'Turku', 'Tampere', 'Rovaniemi']),
  europe('NO', 3, 'norwegian', ['Oslo', 'Bergen', 'Tromsø']),
  europe('PL', 3, 'polish', ['Warsaw', 'Kraków', 'Gdańsk', 'Wrocław']),
  europe('GE', 2.5, 'georgian', ['Tbilisi', 'Batumi', 'Kutaisi']),
  europe('AM', 2.5, 'armenian', ['Yerevan', 'Gyumri', 'Vanadzor']),
];

export function countryByCode(code: string): Country {
  const country = countries.find((candidate) => candidate.code === code);
  if (!country) throw new Error(`no demo country ${code}`);
  return country;
}

/** A phone number in a range set aside for fiction, or undefined where we know of none:
 * 555-0100 to 555-0199 in North America, 07700 900000 to 900999 for UK mobiles. */
export function fictionalPhone(countryCode: string, random: Random): string | undefined {
  if (countryCode === 'US') {
    const area = random.pick(['202', '206', '312', '415', '617', '831', '512']);
    return `+1-${area}-555-01${String(random.int(0, 99)).padStart(2, '0')}`;
  }
  if (countryCode === 'GB') return `+44-7700-900${String(random.int(0, 999)).padStart(3, '0')}`;
  return undefined;
}
