// What the public site shows of programs, projects and partners, in one language. A program is
// shown only when it is published and has a text in the page's language: a missing translation
// is omitted, not filled in from another language, because a program "exists" in the languages
// it has texts for (the language switcher and hreflang links then lead only to real versions).
// Projects without a text of their own show their working name and summary.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { media } from '../../core/media/tables.ts';
import { anonymous } from '../../core/privacy/viewer.ts';
import {
  partners,
  programPartners,
  programs,
  programTexts,
  projects,
  projectTexts,
} from '../tables.ts';
import { type ProgramPerson, programPeopleSeenBy } from './program-people.ts';

export interface ProgramSummary {
  id: string;
  slug: string;
  status: 'current' | 'past';
  startYear: number | null;
  endYear: number | null;
  name: string;
  summary: string;
}

export interface Logo {
  id: string;
  width: number;
  height: number;
  alt: string;
}

export interface PartnerView {
  id: string;
  name: string;
  website: string | null;
  description: string;
  logo: Logo | null;
}

export interface ProjectView {
  id: string;
  name: string;
  summary: string;
}

export interface ProgramDetail extends ProgramSummary {
  /** Markdown. */
  body: string;
  /** Every language the program has a text in, this one included. */
  locales: Locale[];
  projects: ProjectView[];
  partners: PartnerView[];
  /** Only the people the privacy gate lets an anonymous visitor see. */
  people: ProgramPerson[];
}

const summaryColumns = {
  id: programs.id,
  slug: programs.slug,
  status: programs.status,
  startYear: programs.startYear,
  endYear: programs.endYear,
  name: programTexts.name,
  summary: programTexts.summary,
};

function shownIn(locale: Locale): SQL {
  return and(eq(programs.published, true), eq(programTexts.locale, locale)) as SQL;
}

/** Published programs with a text in this language, in the editors' order. */
export function listPublicPrograms(db: Db, locale: Locale): Promise<ProgramSummary[]> {
  return db
    .select(summaryColumns)
    .from(programs)
    .innerJoin(programTexts, eq(programTexts.programId, programs.id))
    .where(shownIn(locale))
    .orderBy(asc(programs.position), asc(programTexts.name));
}

export async function findPublicProgram(
  db: Db,
  locale: Locale,
  slug: string,
): Promise<ProgramDetail | undefined> {
  const [program] = await db
    .select({ ...summaryColumns, body: programTexts.body })
    .from(programs)
    .innerJoin(programTexts, eq(programTexts.programId, programs.id))
    .where(and(shownIn(locale), eq(programs.slug, slug)));
  if (!program) return undefined;
  const [languages, projectRows, partnerRows, people] = await Promise.all([
    db
      .select({ locale: programTexts.locale })
      .from(programTexts)
      .where(eq(programTexts.programId, program.id)),
    listProjects(db, locale, program.id),
    listProgramPartners(db, program.id),
    programPeopleSeenBy(db, anonymous, program.id),
  ]);
  return {
    ...program,
    locales: languages.map((row) => row.locale as Locale),
    projects: projectRows,
    partners: partnerRows,
    people,
  };
}

function listProjects(db: Db, locale: Locale, programId: string): Promise<ProjectView[]> {
  const translated = alias(projectTexts, 'translated');
  return db
    .select({
      id: projects.id,
      name: projects.name,
      summary: projects.summary,
      translatedName: translated.name,
      translatedSummary: translated.summary,
    })
    .from(projects)
    .leftJoin(translated, and(eq(translated.projectId, projects.id), eq(translated.locale, locale)))
    .where(eq(projects.programId, programId))
    .orderBy(asc(projects.createdAt), asc(projects.id))
    .then((rows) =>
      rows.map((row) => ({
        id: row.id,
        name: row.translatedName ?? row.name,
        summary: row.translatedName === null ? row.summary : (row.translatedSummary ?? ''),
      })),
    );
}

const partnerColumns = {
  id: partners.id,
  name: partners.name,
  website: partners.website,
  description: partners.description,
  logoId: media.id,
  logoWidth: media.width,
  logoHeight: media.height,
  logoAlt: media.altText,
};

type PartnerRow = {
  id: string;
  name: string;
  website: string | null;
  description: string;
  logoId: string | null;
  logoWidth: number | null;
  logoHeight: number | null;
  logoAlt: string | null;
};

function presentPartner(row: PartnerRow): PartnerView {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    description: row.description,
    logo:
      row.logoId && row.logoWidth && row.logoHeight
        ? { id: row.logoId, width: row.logoWidth, height: row.logoHeight, alt: row.logoAlt ?? '' }
        : null,
  };
}

/** A program's partners in the editors' order. */
export async function listProgramPartners(db: Db, programId: string): Promise<PartnerView[]> {
  const rows = await db
    .select(partnerColumns)
    .from(programPartners)
    .innerJoin(partners, eq(partners.id, programPartners.partnerId))
    .leftJoin(media, eq(media.id, partners.logoMediaId))
    .where(eq(programPartners.programId, programId))
    .orderBy(asc(programPartners.position), asc(partners.name));
  return rows.map(presentPartner);
}

export interface PartnerWithPrograms extends PartnerView {
  /** The published programs with a text in this language that the partner works with. */
  programs: { slug: string; name: string }[];
}

/** Every partner, by name, each with the programs it works with (those shown in this language). */
export async function listPublicPartners(db: Db, locale: Locale): Promise<PartnerWithPrograms[]> {
  const [partnerRows, links] = await Promise.all([
    db
      .select(partnerColumns)
      .from(partners)
      .leftJoin(media, eq(media.id, partners.logoMediaId))
      .orderBy(asc(partners.name), asc(partners.id)),
    db
      .select({
        partnerId: programPartners.partnerId,
        slug: programs.slug,
        name: programTexts.name,
      })
      .from(programPartners)
      .innerJoin(programs, eq(programs.id, programPartners.programId))
      .innerJoin(programTexts, eq(programTexts.programId, programs.id))
      .where(shownIn(locale))
      .orderBy(asc(programs.position), asc(programTexts.name)),
  ]);
  return partnerRows.map((row) => ({
    ...presentPartner(row),
    programs: links
      .filter((link) => link.partnerId === row.id)
      .map(({ slug, name }) => ({ slug, name })),
  }));
}
