// /gatherings/:id/outcomes (mounted by the app): the collaborations that began at a gathering.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { slugSchema } from '../../site/editing/slugs.ts';
import {
  type ConveningGathering,
  conveningContext,
  conveningPath,
  loadGathering,
} from './context.ts';
import {
  listOutcomes,
  OutcomeRefused,
  type ProjectChoice,
  projectChoices,
  recordProjectOutcome,
  recordTieOutcome,
} from './outcomes.ts';
import { participantsOf } from './people.ts';
import { OutcomesPage } from './views/outcomes-page.tsx';

const description = z.string().trim().max(2000, 'form.tooLong');
const uuidOrEmpty = z.union([z.literal(''), z.uuid()]);

const projectForm = z
  .object({
    projectId: uuidOrEmpty.default(''),
    programId: uuidOrEmpty.default(''),
    projectName: z.string().trim().max(200, 'form.tooLong').default(''),
    projectSlug: z.string().trim().default(''),
    description: description.default(''),
  })
  .superRefine((form, context) => {
    if (form.projectId) return;
    // A new project: its program, name and address are needed.
    if (!form.programId)
      context.addIssue({ code: 'custom', path: ['programId'], message: 'form.required' });
    if (!form.projectName)
      context.addIssue({ code: 'custom', path: ['projectName'], message: 'form.required' });
    const slug = slugSchema([]).safeParse(form.projectSlug);
    if (!slug.success) {
      context.addIssue({
        code: 'custom',
        path: ['projectSlug'],
        message: slug.error.issues[0]?.message ?? 'form.required',
      });
    }
  });

const tieForm = z.object({
  people: z.array(z.uuid()).min(2, 'outcomes.error.twoPeople'),
  description: description.min(1, 'form.required'),
});

interface FailedForm {
  form: 'project' | 'tie';
  values: Record<string, string>;
  chosenPeople?: string[];
  errors: FieldErrors;
}

async function renderOutcomes(
  c: Context<AppEnv>,
  gathering: ConveningGathering,
  failed?: FailedForm,
) {
  const { db } = c.get('deps');
  const viewer = c.get('viewer');
  const [outcomes, participants, choices] = await Promise.all([
    listOutcomes(db, viewer, gathering.id),
    participantsOf(db, viewer, gathering),
    projectChoices(db),
  ]);
  return c.html(
    <OutcomesPage
      shell={pageShell(c)}
      gathering={gathering}
      action={conveningPath(gathering.id, 'outcomes')}
      outcomes={outcomes}
      participants={participants}
      projects={choices.projects}
      programs={choices.programs}
      form={failed?.form}
      values={failed?.values ?? {}}
      chosenPeople={failed?.chosenPeople ?? []}
      errors={failed?.errors ?? {}}
    />,
    failed ? 400 : 200,
  );
}

async function recorded(c: Context<AppEnv>, gathering: ConveningGathering) {
  await setFlash(c, { kind: 'success', key: 'outcomes.saved' });
  return c.redirect(conveningPath(gathering.id, 'outcomes'), 303);
}

export const outcomeRoutes = new Hono<AppEnv>()
  .use(requireRole('coordinator'))
  .get('/', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    return renderOutcomes(c, gathering);
  })
  .post('/project', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const form = await parseForm(c, projectForm);
    if (!form.ok) return renderOutcomes(c, gathering, { form: 'project', ...form });
    const { projectId, programId, projectName, projectSlug } = form.data;
    const choice: ProjectChoice = projectId
      ? { projectId }
      : { newProject: { programId, name: projectName, slug: projectSlug } };
    try {
      await recordProjectOutcome(conveningContext(c), gathering.id, choice, form.data.description);
    } catch (error) {
      if (!(error instanceof OutcomeRefused)) throw error;
      const values = Object.fromEntries(Object.entries(form.data).map(([k, v]) => [k, String(v)]));
      return renderOutcomes(c, gathering, {
        form: 'project',
        values,
        errors: { [error.field]: { key: error.key } },
      });
    }
    return recorded(c, gathering);
  })
  .post('/tie', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const body = await c.req.parseBody({ all: true });
    const people = [body.people ?? []]
      .flat()
      .filter((value): value is string => typeof value === 'string');
    const values = { description: typeof body.description === 'string' ? body.description : '' };
    const parsed = tieForm.safeParse({ people, description: values.description });
    const failed = (errors: FieldErrors) =>
      renderOutcomes(c, gathering, { form: 'tie', values, chosenPeople: people, errors });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        errors[field] ??= {
          key:
            issue.message === 'form.required'
              ? 'form.required'
              : field === 'people'
                ? 'outcomes.error.twoPeople'
                : 'form.tooLong',
          values: field === 'description' ? { max: 2000 } : undefined,
        };
      }
      return failed(errors);
    }
    try {
      await recordTieOutcome(
        conveningContext(c),
        gathering,
        parsed.data.people,
        parsed.data.description,
      );
    } catch (error) {
      if (!(error instanceof OutcomeRefused)) throw error;
      return failed({ [error.field]: { key: error.key } });
    }
    return recorded(c, gathering);
  });
