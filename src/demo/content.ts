// The shape of generated demo content: one list of rows per table, ready to insert. Each row
// type is the table's insert type with the listed columns made required, so a new column with a
// default needs no change here, and a new column the demo should fill is one more key below.
import type { affiliations, contactChannels, organizations, people } from '../people/tables.ts';
import type { programs, projects } from '../site/tables.ts';
import {
  type DemoGatherings,
  type DemoGatheringsSummary,
  summarizeGatherings,
} from './gatherings/content.ts';
import {
  type DemoNewsletter,
  type DemoNewsletterSummary,
  summarizeNewsletter,
} from './newsletter/content.ts';
import { type DemoSite, type DemoSiteSummary, summarizeSite } from './site/content.ts';

/** The columns K of an insert type T, all required (nullable ones still accept null). */
type Row<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> };

export type DemoPerson = Row<
  typeof people.$inferInsert,
  | 'id'
  | 'displayName'
  | 'otherNames'
  | 'pseudonym'
  | 'residence'
  | 'citizenships'
  | 'languages'
  | 'fields'
  | 'bio'
  | 'tier'
>;

/** Demo channels are generated in clear; sealing for protected people happens on loading. */
export type DemoContactChannel = Row<
  typeof contactChannels.$inferInsert,
  'id' | 'personId' | 'kind' | 'preferred'
> & { value: string };

export type DemoOrganization = Row<
  typeof organizations.$inferInsert,
  'id' | 'name' | 'country' | 'kind' | 'website'
>;

export type DemoAffiliation = Row<
  typeof affiliations.$inferInsert,
  'personId' | 'organizationId' | 'role' | 'fromYear' | 'toYear'
>;

export type DemoProgram = Row<
  typeof programs.$inferInsert,
  'id' | 'slug' | 'name' | 'summary' | 'status' | 'startYear' | 'endYear'
>;

export type DemoProject = Row<
  typeof projects.$inferInsert,
  'id' | 'programId' | 'slug' | 'name' | 'summary'
>;

export interface DemoContent {
  seed: number;
  organizations: DemoOrganization[];
  people: DemoPerson[];
  contactChannels: DemoContactChannel[];
  affiliations: DemoAffiliation[];
  programs: DemoProgram[];
  projects: DemoProject[];
}

/** How many rows of each kind were generated or loaded, the public site's, the gatherings' and
 * the newsletter's included. */
export type DemoSummary = { [K in Exclude<keyof DemoContent, 'seed'>]: number } & DemoSiteSummary &
  DemoGatheringsSummary &
  DemoNewsletterSummary;

export function summarize(
  content: DemoContent,
  site: DemoSite,
  gatherings: DemoGatherings,
  newsletter: DemoNewsletter,
): DemoSummary {
  const siteSummary = summarizeSite(site);
  return {
    organizations: content.organizations.length,
    people: content.people.length,
    contactChannels: content.contactChannels.length,
    affiliations: content.affiliations.length,
    programs: content.programs.length,
    projects: content.projects.length,
    ...siteSummary,
    // Travel advisories are notices too.
    notices: siteSummary.notices + gatherings.advisories.length,
    noticeTexts: siteSummary.noticeTexts + gatherings.advisoryTexts.length,
    ...summarizeGatherings(gatherings),
    ...summarizeNewsletter(newsletter),
  };
}
