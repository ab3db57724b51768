// /newsletter/issues: newsletter editors (the editor role) list issues, start a new one with the
// next number, compose it, preview it as the reader will see it, send a test to themselves, and
// schedule or start the send (the sending helper does the rest).
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { scheduleSend, startSend } from '../sending/start.ts';
import {
  addResources,
  createIssue,
  findIssue,
  type Issue,
  isEditable,
  issuePaths,
  issueResources,
  listIssues,
  moveResource,
  pickableResources,
  pickerFilters,
  programChoices,
  removeResource,
  saveSettings,
  settingsForm,
} from './issues.ts';
import { personalize, prepareIssue } from './render.ts';
import { enqueueTestSend } from './test-send.ts';
import { ComposePage } from './views/compose-page.tsx';
import { IssueListPage } from './views/issue-list.tsx';

const issueIdPath = '/:issueId{[0-9a-f-]{36}}';

/** The issue as a reader gets it, with the personal links pointing back here. */
async function previewCopy(c: Context<AppEnv>, issue: Issue) {
  const { db, config } = c.get('deps');
  const prepared = await prepareIssue(db, issue.id, {
    publicUrl: config.publicUrl,
    locale: config.defaultLocale,
  });
  const composePage = new URL(issuePaths.compose(issue.id), config.publicUrl).href;
  return personalize(prepared, {
    greetingName: null,
    variant: 'standard',
    unsubscribeUrl: composePage,
    preferencesUrl: composePage,
    webVersionUrl: null,
    tracking: null,
  });
}

function savedValues(issue: Issue): Record<string, string> {
  return {
    title: issue.title,
    editorNote: issue.editorNote,
    countries: issue.segment.countries.join(', '),
    languages: issue.segment.languages.join(', '),
    public: issue.public ? 'on' : '',
  };
}

async function renderCompose(
  c: Context<AppEnv>,
  issue: Issue,
  failed?: { values: Record<string, string>; programIds: string[]; errors: FieldErrors },
) {
  const { db } = c.get('deps');
  const filters = pickerFilters.parse(c.req.query());
  const [items, pickable, programs, preview] = await Promise.all([
    issueResources(db, issue.id),
    pickableResources(db, issue.id, filters),
    programChoices(db),
    previewCopy(c, issue),
  ]);
  return c.html(
    <ComposePage
      shell={pageShell(c)}
      issue={issue}
      editable={isEditable(issue)}
      items={items}
      pickable={pickable}
      filters={filters}
      programs={programs}
      values={failed?.values ?? savedValues(issue)}
      programIds={failed?.programIds ?? issue.segment.programIds}
      errors={failed?.errors ?? {}}
      previewText={preview.text}
    />,
    failed ? 400 : 200,
  );
}

/** Loads the issue named in the path for a change: missing is 404, a locked one is refused. */
async function editableIssue(c: Context<AppEnv>): Promise<Issue | Response> {
  const issue = await findIssue(c.get('deps').db, c.req.param('issueId') ?? '');
  if (!issue) return renderNotFound(c);
  if (!isEditable(issue)) {
    await setFlash(c, { kind: 'error', key: 'issues.locked' });
    return c.redirect(issuePaths.compose(issue.id), 303);
  }
  return issue;
}

const titleForm = z.object({
  title: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
});
const moveForm = z.object({ direction: z.enum(['up', 'down']) });
const scheduleForm = z.object({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'issues.error.scheduleAt')
    .transform((value) => new Date(`${value}:00Z`))
    .refine(
      (at) => !Number.isNaN(at.getTime()) && at.getTime() > Date.now(),
      'issues.error.scheduleAt',
    ),
});
const resourceIdsField = z.array(z.uuid()).min(1, 'issues.error.pickNone').max(200);

export const issueRoutes = new Hono<AppEnv>()
  .use('*', requireRole('editor'))
  .get('/', async (c) =>
    c.html(<IssueListPage shell={pageShell(c)} issues={await listIssues(c.get('deps').db)} />),
  )
  .post('/new', async (c) => {
    const form = await parseForm(c, titleForm);
    if (!form.ok) {
      await setFlash(c, { kind: 'error', key: 'issues.error.title' });
      return c.redirect(issuePaths.list, 303);
    }
    const id = await createIssue(c.get('deps').db, form.data.title);
    return c.redirect(issuePaths.compose(id), 303);
  })
  .get(issueIdPath, async (c) => {
    const issue = await findIssue(c.get('deps').db, c.req.param('issueId'));
    return issue ? renderCompose(c, issue) : renderNotFound(c);
  })
  .post(`${issueIdPath}/settings`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    const programIds = z
      .array(z.uuid())
      .catch([])
      .parse([(await c.req.parseBody({ all: true })).programIds ?? []].flat());
    const form = await parseForm(c, settingsForm);
    if (!form.ok)
      return renderCompose(c, issue, { values: form.values, programIds, errors: form.errors });
    await saveSettings(c.get('deps').db, issue.id, { ...form.data, programIds });
    await setFlash(c, { kind: 'success', key: 'issues.saved' });
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .post(`${issueIdPath}/items`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    const body = await c.req.parseBody({ all: true });
    const picked = resourceIdsField.safeParse([body.resourceIds ?? []].flat());
    if (!picked.success) {
      await setFlash(c, { kind: 'error', key: 'issues.error.pickNone' });
    } else {
      await addResources(c.get('deps').db, issue.id, picked.data);
    }
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .post(`${issueIdPath}/items/:resourceId{[0-9a-f-]{36}}/move`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    const form = await parseForm(c, moveForm);
    if (form.ok) {
      await moveResource(
        c.get('deps').db,
        issue.id,
        c.req.param('resourceId'),
        form.data.direction,
      );
    }
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .post(`${issueIdPath}/items/:resourceId{[0-9a-f-]{36}}/remove`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    await removeResource(c.get('deps').db, issue.id, c.req.param('resourceId'));
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .get(`${issueIdPath}/preview`, async (c) => {
    const issue = await findIssue(c.get('deps').db, c.req.param('issueId'));
    if (!issue) return renderNotFound(c);
    const { html } = await previewCopy(c, issue);
    // The copy is shown as mail programs show it: its own inline styles, no script, sandboxed.
    c.header(
      'content-security-policy',
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src https: data:",
    );
    return c.html(html);
  })
  .get(`${issueIdPath}/preview.txt`, async (c) => {
    const issue = await findIssue(c.get('deps').db, c.req.param('issueId'));
    if (!issue) return renderNotFound(c);
    const { text } = await previewCopy(c, issue);
    return c.text(text);
  })
  .post(`${issueIdPath}/test`, async (c) => {
    const issue = await findIssue(c.get('deps').db, c.req.param('issueId'));
    const viewer = c.get('viewer');
    if (!issue || viewer.kind === 'anonymous') return renderNotFound(c);
    await enqueueTestSend(c.get('deps'), issue.id, viewer.accountId);
    await setFlash(c, { kind: 'success', key: 'issues.testQueued' });
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .post(`${issueIdPath}/schedule`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    const form = await parseForm(c, scheduleForm);
    if (!form.ok) {
      return renderCompose(c, issue, {
        values: savedValues(issue),
        programIds: issue.segment.programIds,
        errors: form.errors,
      });
    }
    await scheduleSend(c.get('deps').db, issue.id, form.data.at);
    await setFlash(c, { kind: 'success', key: 'issues.scheduled' });
    return c.redirect(issuePaths.compose(issue.id), 303);
  })
  .post(`${issueIdPath}/send`, async (c) => {
    const issue = await editableIssue(c);
    if (issue instanceof Response) return issue;
    await startSend(c.get('deps'), issue.id);
    await setFlash(c, { kind: 'success', key: 'issues.sendStarted' });
    return c.redirect(issuePaths.compose(issue.id), 303);
  });
