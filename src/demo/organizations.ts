// Invented organizations where demo people work. Names are descriptive; websites sit under the
// reserved example domains so that no link leads to a real site.
import type { FieldName } from './fields.ts';

export const organizationKinds = [
  'university',
  'research institute',
  'research station',
  'ngo',
  'foundation',
  'think tank',
  'media',
  'museum',
  'hospital',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export interface OrganizationSeed {
  /** ASCII, also the host name under the example domain. */
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  fields: readonly FieldName[];
}

const org = (
  slug: string,
  name: string,
  kind: OrganizationKind,
  country: string,
  fields: FieldName[],
): OrganizationSeed => ({ slug, name, kind, country, fields });

export const organizationSeeds: readonly OrganizationSeed[] = [
  org('coastal-uni', 'Coastal Research University', 'university', 'US', [
    'marine biology',
    'climate',
  ]),
  org('nuclear-risk', 'Institute for Nuclear Risk Studies', 'research institute', 'US', [
    'nuclear policy',
    'cyber security',
  ]),
  org('citizen-dialogue', 'Center for Citizen Dialogue', 'ngo', 'US', [
    'peacebuilding',
    'conflict resolution',
    'psychology',
  ]),
  org('midwest-health', 'Midwest School of Public Health', 'university', 'US', ['public health']),
  org('harbor-ledger', 'The Harbor Ledger', 'media', 'US', ['journalism']),
  org('exploration-museum', 'Museum of Exploration and Flight', 'museum', 'US', [
    'space science',
    'history',
  ]),
  org('lakeside-letters', 'Lakeside College of Letters', 'university', 'US', [
    'literature',
    'translation',
    'history',
  ]),
  org('north-ocean', 'Northern Institute of Oceanology', 'research institute', 'RU', [
    'marine biology',
    'climate',
  ]),
  org('volga-humanities', 'Volga University of the Humanities', 'university', 'RU', [
    'literature',
    'history',
    'psychology',
  ]),
  org('perspektiva', 'Perspektiva Independent Weekly', 'media', 'RU', ['journalism']),
  org('siberia-climate', 'Siberian Center for Climate Studies', 'research institute', 'RU', [
    'climate',
  ]),
  org('memory-archives', 'Society for Memory and Archives', 'ngo', 'RU', ['history']),
  org('planetary-obs', 'Institute for Planetary Observation', 'research institute', 'RU', [
    'space science',
  ]),
  org('blacksea-station', 'Black Sea Marine Station', 'research station', 'UA', [
    'marine biology',
    'climate',
  ]),
  org('kyiv-social', 'Kyiv School of Social Sciences', 'university', 'UA', [
    'psychology',
    'history',
    'conflict resolution',
  ]),
  org('lviv-literary', 'Lviv Literary Foundation', 'foundation', 'UA', [
    'literature',
    'translation',
  ]),
  org('frontline-health', 'Frontline Health Volunteers', 'ngo', 'UA', ['public health']),
  org('kharkiv-media', 'Open Kharkiv Media Lab', 'media', 'UA', ['journalism', 'cyber security']),
  org('ua-mediation', 'Ukrainian Center for Mediation', 'ngo', 'UA', ['conflict resolution']),
  org('galilee-env', 'Galilee Institute for Environmental Studies', 'research institute', 'IL', [
    'climate',
    'marine biology',
  ]),
  org('dialogue-studies', 'Center for Dialogue Studies', 'think tank', 'IL', [
    'peacebuilding',
    'conflict resolution',
  ]),
  org('carmel-medical', 'Carmel Medical Research Center', 'hospital', 'IL', [
    'public health',
    'psychology',
  ]),
  org('neighbours-circle', "Neighbours' Circle", 'ngo', 'IL', ['peacebuilding', 'arts']),
  org('public-policy-ps', 'Institute for Public Policy Research', 'think tank', 'PS', [
    'conflict resolution',
    'history',
  ]),
  org('heritage-museum', 'Museum of Heritage and Everyday Life', 'museum', 'PS', [
    'history',
    'arts',
  ]),
  org('community-health', 'Community Health Network', 'ngo', 'PS', ['public health', 'psychology']),
  org('youth-debate', 'Youth Debate Forum', 'ngo', 'PS', ['peacebuilding', 'journalism']),
  org('east-sea-marine', 'East Sea Marine Laboratory', 'research institute', 'CN', [
    'marine biology',
    'climate',
  ]),
  org('sino-pacific', 'Institute for Pacific Studies', 'think tank', 'CN', [
    'nuclear policy',
    'history',
  ]),
  org('coastal-ecology', 'College of Coastal Ecology', 'university', 'CN', [
    'marine biology',
    'climate',
    'space science',
  ]),
  org('digital-culture', 'Digital Culture Review', 'media', 'CN', ['journalism', 'arts']),
  org('north-sea-polar', 'North Sea Institute for Polar Research', 'research institute', 'DE', [
    'marine biology',
    'climate',
  ]),
  org('security-forum', 'Forum for European Security', 'think tank', 'DE', [
    'nuclear policy',
    'cyber security',
  ]),
  org('atlantic-observatory', 'Atlantic Ocean Observatory', 'research station', 'FR', [
    'marine biology',
    'climate',
  ]),
  org('conflict-school', 'School of Conflict Studies', 'university', 'FR', [
    'conflict resolution',
    'peacebuilding',
    'history',
  ]),
  org('cyber-institute', 'Institute of Cyber Resilience', 'research institute', 'GB', [
    'cyber security',
  ]),
  org('northern-review', 'The Northern Review', 'media', 'GB', ['journalism', 'literature']),
  org('cold-war-museum', 'Museum of the Cold War', 'museum', 'GB', ['history', 'space science']),
  org('arctic-field', 'Arctic Field Station', 'research station', 'FI', [
    'climate',
    'marine biology',
  ]),
  org('mediation-network', 'Nordic Peace Mediation Network', 'ngo', 'FI', ['conflict resolution']),
  org('polar-ocean', 'Polar Ocean Research Station', 'research station', 'NO', [
    'marine biology',
    'climate',
  ]),
  org('negotiation-practice', 'Centre for Negotiation Practice', 'ngo', 'NO', [
    'peacebuilding',
    'conflict resolution',
  ]),
  org('baltic-studies', 'Baltic Studies Institute', 'research institute', 'PL', [
    'history',
    'marine biology',
  ]),
  org('journalism-academy', 'Academy of Journalism', 'university', 'PL', ['journalism']),
  org('caucasus-dialogue', 'Institute for Caucasus Dialogue', 'ngo', 'GE', [
    'conflict resolution',
    'peacebuilding',
  ]),
  org('regional-press', 'Regional Press Center', 'media', 'GE', ['journalism']),
  org('trauma-care', 'Center for Psychology and Trauma Care', 'research institute', 'AM', [
    'psychology',
    'public health',
  ]),
  org('highland-observatory', 'Highland Observatory', 'research station', 'AM', ['space science']),
  org('theatre-workshop', 'Shared Stage Theatre Workshop', 'foundation', 'DE', [
    'arts',
    'literature',
  ]),
];

/** Media sites under example.net, everyone else under example.org (example.com is for mail). */
export function organizationDomain(seed: OrganizationSeed): string {
  return `${seed.slug}.${seed.kind === 'media' ? 'example.net' : 'example.org'}`;
}

/** The role a person holds, by the kind of organization and their career stage (student, early,
 * mid, senior, elder). */
export const rolesByKind: Record<
  OrganizationKind,
  readonly [string, string, string, string, string]
> = {
  university: [
    'graduate student',
    'lecturer',
    'associate professor',
    'professor',
    'professor emeritus',
  ],
  'research institute': [
    'research assistant',
    'research fellow',
    'senior researcher',
    'head of laboratory',
    'founding director',
  ],
  'research station': [
    'field assistant',
    'station scientist',
    'senior scientist',
    'station director',
    'honorary fellow',
  ],
  ngo: ['volunteer', 'program officer', 'program director', 'executive director', 'co-founder'],
  foundation: ['intern', 'program officer', 'grants director', 'board member', 'founding trustee'],
  'think tank': ['junior fellow', 'fellow', 'senior fellow', 'director', 'honorary fellow'],
  media: ['intern', 'reporter', 'editor', 'editor-in-chief', 'contributing columnist'],
  museum: ['intern', 'assistant curator', 'curator', 'director', 'trustee'],
  hospital: [
    'medical student',
    'resident physician',
    'physician',
    'head of department',
    'consultant',
  ],
};
