// Creating and changing a program: its working fields, and its public text in each language.
// Audited by id (and language) only.
import { and, eq, ne } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/client.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../../editing/context.ts';
import { programs, programTexts } from '../../tables.ts';
import type { ProgramInput, ProgramTextInput } from '../validation.ts';

async function refuseTakenSlug(db: Db, slug: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.slug, slug), exceptId ? ne(programs.id, exceptId) : undefined));
  if (clash) throw new EditRefused('slug', 'programs.error.slugTaken');
}

export async function createProgram(context: EditingContext, input: ProgramInput): Promise<string> {
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await refuseTakenSlug(tx, input.slug);
    const [created] = await tx.insert(programs).values(input).returning({ id: programs.id });
    if (!created) throw new Error('The program was not created.');
    await recordAudit(tx, {
      action: 'program.created',
      actor: context.actor,
      subject: { kind: 'program', id: created.id },
      requestId: context.requestId,
    });
    return created.id;
  });
}

export async function updateProgram(
  context: EditingContext,
  programId: string,
  input: ProgramInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await refuseTakenSlug(tx, input.slug, programId);
    const changed = await tx
      .update(programs)
      .set(input)
      .where(eq(programs.id, programId))
      .returning({ id: programs.id });
    if (changed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'program.updated',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { published: input.published, status: input.status },
      requestId: context.requestId,
    });
  });
}

/** Writes the program's text in one language, adding the translation if it is new. */
export async function saveProgramText(
  context: EditingContext,
  programId: string,
  locale: Locale,
  input: ProgramTextInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await tx
      .insert(programTexts)
      .values({ programId, locale, ...input })
      .onConflictDoUpdate({ target: [programTexts.programId, programTexts.locale], set: input });
    await recordAudit(tx, {
      action: 'program.text_saved',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { locale },
      requestId: context.requestId,
    });
  });
}

/** Takes the program off the site in one language. */
export async function removeProgramText(
  context: EditingContext,
  programId: string,
  locale: Locale,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(programTexts)
      .where(and(eq(programTexts.programId, programId), eq(programTexts.locale, locale)))
      .returning({ locale: programTexts.locale });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'program.text_removed',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { locale },
      requestId: context.requestId,
    });
  });
}
