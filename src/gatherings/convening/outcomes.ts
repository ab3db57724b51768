// Outcomes: the collaborations that began at a gathering, recorded as a project of a program or
// as a tie between people who were there. And the ties attendance itself implies.
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import {
  type PersonRow,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { programs, projects } from '../../site/tables.ts';
import { attendance, outcomePeople, outcomes } from '../tables.ts';
import type { ConveningContext } from './context.ts';
import { participantsOf } from './people.ts';

/** Why an outcome was not recorded: the field at fault and the message key for it. */
export class OutcomeRefused extends Error {
  constructor(
    readonly field: string,
    readonly key:
      | 'outcomes.error.slugTaken'
      | 'outcomes.error.unknownProject'
      | 'outcomes.error.unknownProgram'
      | 'outcomes.error.twoPeople',
  ) {
    super(key);
    this.name = 'OutcomeRefused';
  }
}

export type ProjectChoice =
  | { projectId: string }
  | { newProject: { programId: string; name: string; slug: string } };

export async function recordProjectOutcome(
  context: ConveningContext,
  gatheringId: string,
  choice: ProjectChoice,
  description: string,
): Promise<string> {
  return context.db.transaction(async (tx) => {
    let projectId: string;
    if ('projectId' in choice) {
      const [project] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(eq(projects.id, choice.projectId));
      if (!project) throw new OutcomeRefused('projectId', 'outcomes.error.unknownProject');
      projectId = project.id;
    } else {
      const { programId, name, slug } = choice.newProject;
      const [program] = await tx
        .select({ id: programs.id })
        .from(programs)
        .where(eq(programs.id, programId));
      if (!program) throw new OutcomeRefused('programId', 'outcomes.error.unknownProgram');
      const [clash] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(eq(projects.slug, slug));
      if (clash) throw new OutcomeRefused('projectSlug', 'outcomes.error.slugTaken');
      const [created] = await tx
        .insert(projects)
        .values({ programId, name, slug })
        .returning({ id: projects.id });
      if (!created) throw new Error('The project was not created.');
      projectId = created.id;
      await recordAudit(tx, {
        action: 'project.created',
        actor: context.actor,
        subject: { kind: 'project', id: projectId },
        details: { programId, gatheringId },
        requestId: context.requestId,
      });
    }
    const [outcome] = await tx
      .insert(outcomes)
      .values({ gatheringId, kind: 'project', projectId, description })
      .returning({ id: outcomes.id });
    if (!outcome) throw new Error('The outcome was not recorded.');
    await recordAudit(tx, {
      action: 'gathering.outcome_recorded',
      actor: context.actor,
      subject: { kind: 'gathering', id: gatheringId },
      details: { outcomeId: outcome.id, kind: 'project', projectId },
      requestId: context.requestId,
    });
    return outcome.id;
  });
}

/** A tie between two or more of the gathering's participants (participantsOf), as the actor
 * sees them: anyone else is refused. */
export async function recordTieOutcome(
  context: ConveningContext,
  gathering: { id: string; noRecordCheckIn: boolean },
  personIds: readonly string[],
  description: string,
): Promise<string> {
  const eligible = new Set(
    (await participantsOf(context.db, context.actor, gathering)).map((p) => p.id),
  );
  const chosen = [...new Set(personIds)];
  if (chosen.length < 2 || chosen.some((id) => !eligible.has(id))) {
    throw new OutcomeRefused('people', 'outcomes.error.twoPeople');
  }
  return context.db.transaction(async (tx) => {
    const [outcome] = await tx
      .insert(outcomes)
      .values({ gatheringId: gathering.id, kind: 'tie', description })
      .returning({ id: outcomes.id });
    if (!outcome) throw new Error('The outcome was not recorded.');
    await tx
      .insert(outcomePeople)
      .values(chosen.map((personId) => ({ outcomeId: outcome.id, personId })));
    await recordAudit(tx, {
      action: 'gathering.outcome_recorded',
      actor: context.actor,
      subject: { kind: 'gathering', id: gathering.id },
      details: { outcomeId: outcome.id, kind: 'tie', people: chosen.length },
      requestId: context.requestId,
    });
    return outcome.id;
  });
}

export interface PresentedOutcome {
  id: string;
  kind: 'project' | 'tie';
  projectName: string | null;
  description: string;
  /** The people of a tie this viewer may see, by the name the gate gives them. */
  people: string[];
  /** How many people of the tie the viewer may not see. */
  hiddenPeople: number;
}

export async function listOutcomes(
  db: Db,
  viewer: Viewer,
  gatheringId: string,
): Promise<PresentedOutcome[]> {
  const rows = await db
    .select({
      id: outcomes.id,
      kind: outcomes.kind,
      projectName: projects.name,
      description: outcomes.description,
    })
    .from(outcomes)
    .leftJoin(projects, eq(projects.id, outcomes.projectId))
    .where(eq(outcomes.gatheringId, gatheringId))
    .orderBy(desc(outcomes.createdAt));
  if (rows.length === 0) return [];
  const members = await db
    .select({ outcomeId: outcomePeople.outcomeId, personId: outcomePeople.personId })
    .from(outcomePeople)
    .where(
      inArray(
        outcomePeople.outcomeId,
        rows.map((row) => row.id),
      ),
    );
  const memberIds = [...new Set(members.map((member) => member.personId))];
  const seen =
    memberIds.length === 0
      ? []
      : await db
          .select(personColumns)
          .from(people)
          .where(and(inArray(people.id, memberIds), visiblePeople(viewer)));
  const names = new Map(
    seen.flatMap((row: PersonRow) => {
      const person = presentPerson(viewer, row);
      return person ? [[person.id, person.name] as const] : [];
    }),
  );
  return rows.map((row) => {
    const ids = members.filter((m) => m.outcomeId === row.id).map((m) => m.personId);
    const shown = ids.flatMap((id) => names.get(id) ?? []).sort((a, b) => a.localeCompare(b));
    return { ...row, people: shown, hiddenPeople: ids.length - shown.length };
  });
}

/**
 * Pairs of people whose attendance at this gathering was recorded: the ties that being there
 * together implies, for the network's map of ties. Each pair once, the smaller id first.
 * Ids only and not gated: a caller that shows them must pass each person through the privacy
 * gate (and the gathering's attendee-list rule) first. A gathering in no-record mode has no
 * attendance rows, so it yields no pairs: that is the point of the mode.
 */
export async function tiesFromAttendance(
  db: Db,
  gatheringId: string,
): Promise<{ personId: string; otherPersonId: string }[]> {
  const other = alias(attendance, 'other_attendance');
  return db
    .select({ personId: attendance.personId, otherPersonId: other.personId })
    .from(attendance)
    .innerJoin(
      other,
      and(eq(other.gatheringId, attendance.gatheringId), lt(attendance.personId, other.personId)),
    )
    .where(eq(attendance.gatheringId, gatheringId))
    .orderBy(asc(attendance.personId), asc(other.personId));
}

/** What the project form offers: every project and program, by working name. */
export async function projectChoices(db: Db) {
  const [projectRows, programRows] = await Promise.all([
    db.select({ id: projects.id, name: projects.name }).from(projects).orderBy(asc(projects.name)),
    db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.name)),
  ]);
  return { projects: projectRows, programs: programRows };
}
