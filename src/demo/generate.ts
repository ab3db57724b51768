// Invented demo content for a living-looking platform, tests and benchmarks. Pure: the same seed
// and size always give the same rows, ids included, and nothing touches a database.
import { z } from 'zod';
import type { DemoContent } from './content.ts';
import { organizationDomain, organizationSeeds } from './organizations.ts';
import { generatePerson, type OrganizationRef, type PeopleContext } from './people.ts';
import { programSeeds } from './programs.ts';
import { createRandom } from './random.ts';

export const demoOptionsSchema = z.object({
  seed: z.number().int().default(1980),
  /** Benchmarks use ten thousand; the cap only guards against a typo. */
  people: z.number().int().min(1).max(200_000).default(320),
});
export type DemoOptions = z.input<typeof demoOptionsSchema>;

export function generateDemo(options: DemoOptions = {}): DemoContent {
  const { seed, people: size } = demoOptionsSchema.parse(options);
  const root = createRandom(seed);

  // Every organization, program and person draws from a source of its own (see Random.fork),
  // so person 7 is the same whether 10 or 10,000 people are generated.
  const organizationRefs: OrganizationRef[] = organizationSeeds.map((organization) => ({
    id: root.fork(`organization:${organization.slug}`).uuid(),
    seed: organization,
  }));
  const context: PeopleContext = {
    organizations: organizationRefs,
    takenEmails: new Set(),
    takenPseudonyms: new Set(),
  };

  const content: DemoContent = {
    seed,
    organizations: organizationRefs.map(({ id, seed: organization }) => ({
      id,
      name: organization.name,
      country: organization.country,
      kind: organization.kind,
      website: `https://${organizationDomain(organization)}/`,
    })),
    people: [],
    contactChannels: [],
    affiliations: [],
    programs: [],
    projects: [],
  };

  for (let index = 0; index < size; index += 1) {
    const generated = generatePerson(root.fork(`person:${index}`), context);
    content.people.push(generated.person);
    content.contactChannels.push(...generated.contactChannels);
    content.affiliations.push(...generated.affiliations);
  }

  for (const program of programSeeds) {
    const random = root.fork(`program:${program.slug}`);
    const programId = random.uuid();
    content.programs.push({
      id: programId,
      slug: program.slug,
      name: program.name,
      summary: program.summary,
      status: program.status,
      startYear: program.startYear,
      endYear: program.endYear,
    });
    for (const project of program.projects) {
      content.projects.push({ id: random.uuid(), programId, ...project });
    }
  }
  return content;
}
