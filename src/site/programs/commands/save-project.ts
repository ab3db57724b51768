// Projects inside a program, and their public texts per language. Audited by id only.
import { and, eq, ne } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/client.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../../editing/context.ts';
import { projects, projectTexts } from '../../tables.ts';
import type { ProjectInput, ProjectTextInput } from '../validation.ts';

async function refuseTakenSlug(db: Db, slug: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.slug, slug), exceptId ? ne(projects.id, exceptId) : undefined));
  if (clash) throw new EditRefused('slug', 'programs.error.slugTaken');
}

export async function createProject(
  context: EditingContext,
  programId: string,
  input: ProjectInput,
): Promise<string> {
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await refuseTakenSlug(tx, input.slug);
    const [created] = await tx
      .insert(projects)
      .values({ programId, ...input })
      .returning({ id: projects.id });
    if (!created) throw new Error('The project was not created.');
    await recordAudit(tx, {
      action: 'project.created',
      actor: context.actor,
      subject: { kind: 'project', id: created.id },
      details: { programId },
      requestId: context.requestId,
    });
    return created.id;
  });
}

export async function updateProject(
  context: EditingContext,
  projectId: string,
  input: ProjectInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await refuseTakenSlug(tx, input.slug, projectId);
    const changed = await tx
      .update(projects)
      .set(input)
      .where(eq(projects.id, projectId))
      .returning({ id: projects.id });
    if (changed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'project.updated',
      actor: context.actor,
      subject: { kind: 'project', id: projectId },
      requestId: context.requestId,
    });
  });
}

export async function saveProjectText(
  context: EditingContext,
  projectId: string,
  locale: Locale,
  input: ProjectTextInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await tx
      .insert(projectTexts)
      .values({ projectId, locale, ...input })
      .onConflictDoUpdate({ target: [projectTexts.projectId, projectTexts.locale], set: input });
    await recordAudit(tx, {
      action: 'project.text_saved',
      actor: context.actor,
      subject: { kind: 'project', id: projectId },
      details: { locale },
      requestId: context.requestId,
    });
  });
}
