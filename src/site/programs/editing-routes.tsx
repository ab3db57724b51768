// /edit/programs: editors manage programs, their texts per language, projects, partners and
// people. Routes parse (zod), load, call a command and render; app.ts guards /edit with the
// editor role and every command checks it again. Commands are audited by id.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { listPeople } from '../../people/people.ts';
import { EditRefused, editingContext } from '../editing/context.ts';
import {
  linkProgramPerson,
  setProgramPartners,
  unlinkProgramPerson,
} from './commands/program-links.ts';
import {
  createProgram,
  removeProgramText,
  saveProgramText,
  updateProgram,
} from './commands/save-program.ts';
import { createProject, saveProjectText, updateProject } from './commands/save-project.ts';
import {
  findProgram,
  findProgramForEditing,
  findProject,
  listPartnersForEditing,
  listProgramsForEditing,
} from './editing.ts';
import {
  type Program,
  type Project,
  renderProgramText,
  renderProjectForm,
  renderProjectText,
} from './editing-pages.tsx';
import {
  locale as localeParam,
  peopleSearchForm,
  programForm,
  programPartnersForm,
  programPersonForm,
  programTextForm,
  projectForm,
  projectTextForm,
  recordId,
} from './validation.ts';
import { type FailedForm, ProgramEditPage } from './views/edit/program-edit-page.tsx';
import { NewProgramPage, ProgramListEditPage } from './views/edit/program-list.tsx';

type Ctx = Context<AppEnv>;

/** The program named in the path; malformed and missing ids are alike. */
async function programOf(c: Ctx) {
  const id = recordId.safeParse(c.req.param('id'));
  return id.success ? findProgram(c.get('deps').db, id.data) : undefined;
}

function localeOf(c: Ctx): Locale | undefined {
  const parsed = localeParam.safeParse(c.req.param('locale'));
  return parsed.success ? (parsed.data as Locale) : undefined;
}

async function renderProgram(
  c: Ctx,
  programId: string,
  extra: { failed?: FailedForm; search?: Parameters<typeof ProgramEditPage>[0]['search'] } = {},
) {
  const { db } = c.get('deps');
  const [editing, partners] = await Promise.all([
    findProgramForEditing(db, c.get('viewer'), programId),
    listPartnersForEditing(db),
  ]);
  if (!editing) return renderNotFound(c);
  return c.html(
    <ProgramEditPage shell={pageShell(c)} editing={editing} partners={partners} {...extra} />,
    extra.failed ? 400 : 200,
  );
}

async function done(c: Ctx, href: string) {
  await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
  return c.redirect(href, 303);
}

/** A refusal from a command shown on its form like any other input error. */
function refusal(error: unknown): FieldErrors {
  if (error instanceof EditRefused) return { [error.field]: { key: error.key } };
  throw error;
}

/** What the editor typed (the body is parsed once per request and kept), for a refused form. */
async function typed(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );
}

export const programEditingRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const programs = await listProgramsForEditing(c.get('deps').db);
    return c.html(<ProgramListEditPage shell={pageShell(c)} programs={programs} />);
  })
  .get('/new', (c) => c.html(<NewProgramPage shell={pageShell(c)} values={{}} errors={{}} />))
  .post('/new', async (c) => {
    const form = await parseForm(c, programForm);
    if (!form.ok) {
      return c.html(
        <NewProgramPage shell={pageShell(c)} values={form.values} errors={form.errors} />,
        400,
      );
    }
    try {
      const id = await createProgram(editingContext(c), form.data);
      return done(c, `/edit/programs/${id}`);
    } catch (error) {
      const errors = refusal(error);
      return c.html(
        <NewProgramPage shell={pageShell(c)} values={await typed(c)} errors={errors} />,
        400,
      );
    }
  })
  .get('/:id', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    return renderProgram(c, program.id);
  })
  .post('/:id', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    const form = await parseForm(c, programForm);
    if (!form.ok) return renderProgram(c, program.id, { failed: { form: 'fields', ...form } });
    try {
      await updateProgram(editingContext(c), program.id, form.data);
    } catch (error) {
      const errors = refusal(error);
      return renderProgram(c, program.id, {
        failed: { form: 'fields', values: await typed(c), errors },
      });
    }
    return done(c, `/edit/programs/${program.id}`);
  })
  .get('/:id/texts/:locale', async (c) => {
    const program = await programOf(c);
    const locale = localeOf(c);
    if (!program || !locale) return renderNotFound(c);
    const editing = await findProgramForEditing(c.get('deps').db, c.get('viewer'), program.id);
    const text = editing?.texts.find((row) => row.locale === locale);
    return renderProgramText(c, program, locale, text ? { ...text } : {}, {}, text !== undefined);
  })
  .post('/:id/texts/:locale', async (c) => {
    const program = await programOf(c);
    const locale = localeOf(c);
    if (!program || !locale) return renderNotFound(c);
    const form = await parseForm(c, programTextForm);
    if (!form.ok) return renderProgramText(c, program, locale, form.values, form.errors, false);
    await saveProgramText(editingContext(c), program.id, locale, form.data);
    return done(c, `/edit/programs/${program.id}`);
  })
  .post('/:id/texts/:locale/remove', async (c) => {
    const program = await programOf(c);
    const locale = localeOf(c);
    if (!program || !locale) return renderNotFound(c);
    await removeProgramText(editingContext(c), program.id, locale);
    return done(c, `/edit/programs/${program.id}`);
  })
  .get('/:id/projects/new', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    return renderProjectForm(c, program, undefined, {}, {});
  })
  .post('/:id/projects/new', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    const form = await parseForm(c, projectForm);
    if (!form.ok) return renderProjectForm(c, program, undefined, form.values, form.errors);
    try {
      const id = await createProject(editingContext(c), program.id, form.data);
      return done(c, `/edit/programs/${program.id}/projects/${id}`);
    } catch (error) {
      const errors = refusal(error);
      return renderProjectForm(c, program, undefined, await typed(c), errors);
    }
  })
  .get('/:id/projects/:projectId', async (c) => {
    const found = await projectOf(c);
    if (!found) return renderNotFound(c);
    const { slug, name, summary } = found.project;
    return renderProjectForm(c, found.program, found.project, { slug, name, summary }, {});
  })
  .post('/:id/projects/:projectId', async (c) => {
    const found = await projectOf(c);
    if (!found) return renderNotFound(c);
    const { program, project } = found;
    const form = await parseForm(c, projectForm);
    if (!form.ok) return renderProjectForm(c, program, project, form.values, form.errors);
    try {
      await updateProject(editingContext(c), project.id, form.data);
    } catch (error) {
      const errors = refusal(error);
      return renderProjectForm(c, program, project, await typed(c), errors);
    }
    return done(c, `/edit/programs/${program.id}/projects/${project.id}`);
  })
  .get('/:id/projects/:projectId/texts/:locale', async (c) => {
    const found = await projectOf(c);
    const locale = localeOf(c);
    if (!found || !locale) return renderNotFound(c);
    const text = found.project.texts.find((row) => row.locale === locale);
    return renderProjectText(c, found, locale, text ? { ...text } : {}, {});
  })
  .post('/:id/projects/:projectId/texts/:locale', async (c) => {
    const found = await projectOf(c);
    const locale = localeOf(c);
    if (!found || !locale) return renderNotFound(c);
    const form = await parseForm(c, projectTextForm);
    if (!form.ok) return renderProjectText(c, found, locale, form.values, form.errors);
    await saveProjectText(editingContext(c), found.project.id, locale, form.data);
    return done(c, `/edit/programs/${found.program.id}/projects/${found.project.id}`);
  })
  .post('/:id/partners', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    const values = await typed(c);
    const parsed = programPartnersForm.safeParse(values);
    const failed = (errors: FieldErrors) =>
      renderProgram(c, program.id, { failed: { form: 'partners', values, errors } });
    if (!parsed.success) return failed({ form: { key: 'programs.error.position' } });
    try {
      await setProgramPartners(editingContext(c), program.id, parsed.data);
    } catch (error) {
      return failed(refusal(error));
    }
    return done(c, `/edit/programs/${program.id}`);
  })
  .post('/:id/people/search', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    const form = await parseForm(c, peopleSearchForm);
    if (!form.ok) return renderProgram(c, program.id, { failed: { form: 'search', ...form } });
    const found = await listPeople(c.get('deps').db, c.get('viewer'), {
      query: form.data.query,
      page: 1,
      pageSize: 20,
    });
    return renderProgram(c, program.id, {
      search: { query: form.data.query, people: found.people },
    });
  })
  .post('/:id/people', async (c) => {
    const program = await programOf(c);
    if (!program) return renderNotFound(c);
    const form = await parseForm(c, programPersonForm);
    if (!form.ok) return renderProgram(c, program.id, { failed: { form: 'person', ...form } });
    try {
      await linkProgramPerson(editingContext(c), program.id, form.data);
    } catch (error) {
      const errors = refusal(error);
      return renderProgram(c, program.id, {
        failed: { form: 'person', values: await typed(c), errors },
      });
    }
    return done(c, `/edit/programs/${program.id}`);
  })
  .post('/:id/people/:personId/remove', async (c) => {
    const program = await programOf(c);
    const personId = recordId.safeParse(c.req.param('personId'));
    if (!program || !personId.success) return renderNotFound(c);
    await unlinkProgramPerson(editingContext(c), program.id, personId.data);
    return done(c, `/edit/programs/${program.id}`);
  });

async function projectOf(c: Ctx): Promise<{ program: Program; project: Project } | undefined> {
  const program = await programOf(c);
  const projectId = recordId.safeParse(c.req.param('projectId'));
  if (!program || !projectId.success) return undefined;
  const project = await findProject(c.get('deps').db, program.id, projectId.data);
  return project && { program, project };
}
