// What a program is linked to: its partner organizations (chosen and ordered as a whole) and the
// people who take part in it. A person is linked only if the editor may see them through the
// privacy gate, so the editing pages never become a way around it. Audited by id only.
import { and, eq, inArray } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../../core/audit/audit.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../../editing/context.ts';
import { partners, programPartners, programPeople, projects } from '../../tables.ts';
import { personSeenBy } from '../program-people.ts';
import type { ProgramPartnersInput, ProgramPersonInput } from '../validation.ts';

/** Replaces the program's partners with this list (an empty list removes them all). */
export async function setProgramPartners(
  context: EditingContext,
  programId: string,
  chosen: ProgramPartnersInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const ids = chosen.map((choice) => choice.partnerId);
    const known =
      ids.length === 0
        ? []
        : await tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, ids));
    if (known.length !== new Set(ids).size) throw new EditRefused('form', 'programs.error.choice');
    await tx.delete(programPartners).where(eq(programPartners.programId, programId));
    if (chosen.length > 0) {
      await tx.insert(programPartners).values(chosen.map((choice) => ({ programId, ...choice })));
    }
    await recordAudit(tx, {
      action: 'program.partners_set',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { partnerIds: ids },
      requestId: context.requestId,
    });
  });
}

/** Links a person (or changes their role and project); they must be visible to the editor. */
export async function linkProgramPerson(
  context: EditingContext,
  programId: string,
  input: ProgramPersonInput,
): Promise<void> {
  authorizeEditing(context.actor);
  if (!(await personSeenBy(context.db, context.actor, input.personId))) {
    throw new HTTPException(404);
  }
  await context.db.transaction(async (tx) => {
    if (input.projectId) {
      const [project] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.programId, programId)));
      if (!project) throw new EditRefused('projectId', 'programs.error.choice');
    }
    const link = { role: input.role, projectId: input.projectId };
    await tx
      .insert(programPeople)
      .values({ programId, personId: input.personId, ...link })
      .onConflictDoUpdate({ target: [programPeople.programId, programPeople.personId], set: link });
    await recordAudit(tx, {
      action: 'program.person_linked',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { personId: input.personId, projectId: input.projectId },
      requestId: context.requestId,
    });
  });
}

export async function unlinkProgramPerson(
  context: EditingContext,
  programId: string,
  personId: string,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(programPeople)
      .where(and(eq(programPeople.programId, programId), eq(programPeople.personId, personId)))
      .returning({ personId: programPeople.personId });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'program.person_unlinked',
      actor: context.actor,
      subject: { kind: 'program', id: programId },
      details: { personId },
      requestId: context.requestId,
    });
  });
}
