// What the editors' pages read about programs, projects and partners: every row, drafts and
// unpublished ones included. People are read through the gate with the editor as the viewer.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import {
  partners,
  programPartners,
  programs,
  programTexts,
  projects,
  projectTexts,
} from '../tables.ts';
import { type ProgramPerson, programPeopleSeenBy } from './program-people.ts';

export type ProgramRow = typeof programs.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;
export type PartnerRow = typeof partners.$inferSelect;
export type ProgramTextRow = typeof programTexts.$inferSelect;
export type ProjectTextRow = typeof projectTexts.$inferSelect;

export interface ProgramForEditing {
  program: ProgramRow;
  texts: ProgramTextRow[];
  projects: (ProjectRow & { locales: Locale[] })[];
  /** Partner id -> its position, for the program's chosen partners. */
  partnerPositions: Map<string, number>;
  people: ProgramPerson[];
}

export async function listProgramsForEditing(
  db: Db,
): Promise<(ProgramRow & { locales: string[] })[]> {
  const [rows, texts] = await Promise.all([
    db.select().from(programs).orderBy(asc(programs.position), asc(programs.name)),
    db
      .select({ programId: programTexts.programId, locale: programTexts.locale })
      .from(programTexts),
  ]);
  return rows.map((row) => ({
    ...row,
    locales: texts.filter((text) => text.programId === row.id).map((text) => text.locale),
  }));
}

export async function findProgram(db: Db, programId: string): Promise<ProgramRow | undefined> {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  return program;
}

export async function findProgramForEditing(
  db: Db,
  editor: Viewer,
  programId: string,
): Promise<ProgramForEditing | undefined> {
  const program = await findProgram(db, programId);
  if (!program) return undefined;
  const [texts, projectRows, partnerRows, people] = await Promise.all([
    db
      .select()
      .from(programTexts)
      .where(eq(programTexts.programId, programId))
      .orderBy(asc(programTexts.locale)),
    db
      .select()
      .from(projects)
      .where(eq(projects.programId, programId))
      .orderBy(asc(projects.createdAt), asc(projects.id)),
    db.select().from(programPartners).where(eq(programPartners.programId, programId)),
    programPeopleSeenBy(db, editor, programId),
  ]);
  const projectLocales =
    projectRows.length === 0
      ? []
      : await db
          .select({ projectId: projectTexts.projectId, locale: projectTexts.locale })
          .from(projectTexts)
          .where(
            inArray(
              projectTexts.projectId,
              projectRows.map((project) => project.id),
            ),
          );
  return {
    program,
    texts,
    projects: projectRows.map((project) => ({
      ...project,
      locales: projectLocales
        .filter((row) => row.projectId === project.id)
        .map((row) => row.locale as Locale),
    })),
    partnerPositions: new Map(partnerRows.map((row) => [row.partnerId, row.position])),
    people,
  };
}

export async function findProject(
  db: Db,
  programId: string,
  projectId: string,
): Promise<(ProjectRow & { texts: ProjectTextRow[] }) | undefined> {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!project || project.programId !== programId) return undefined;
  const texts = await db.select().from(projectTexts).where(eq(projectTexts.projectId, projectId));
  return { ...project, texts };
}

export function listPartnersForEditing(db: Db): Promise<PartnerRow[]> {
  return db.select().from(partners).orderBy(asc(partners.name), asc(partners.id));
}

export async function findPartner(db: Db, partnerId: string): Promise<PartnerRow | undefined> {
  const [partner] = await db.select().from(partners).where(eq(partners.id, partnerId));
  return partner;
}
