// /newsletter/resources: newsletter editors (the editor role) list, add, change and remove the
// resources issues are made of; "Add by URL" fills the new-resource form from the page itself.
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { prefillFromUrl } from './add-by-url.ts';
import { deleteResource, type ResourceCommandContext, saveResource } from './commands.ts';
import {
  findResource,
  listResources,
  resourceFilters,
  resourceForm,
  resourceLanguages,
  resourcePaths,
  resourceValues,
} from './resources.ts';
import { ResourceFormPage } from './views/resource-form.tsx';
import { ResourceListPage } from './views/resource-list.tsx';

function commandContext(c: Context<AppEnv>): ResourceCommandContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

function renderForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  options: { resourceId?: string; fetched?: boolean } = {},
) {
  return c.html(
    <ResourceFormPage shell={pageShell(c)} values={values} errors={errors} {...options} />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

async function postResource(c: Context<AppEnv>, resourceId?: string) {
  const form = await parseForm(c, resourceForm);
  if (!form.ok) return renderForm(c, form.values, form.errors, { resourceId });
  await saveResource(commandContext(c), form.data, resourceId);
  await setFlash(c, { kind: 'success', key: 'resources.saved' });
  return c.redirect(resourcePaths.list, 303);
}

const fetchForm = z.object({
  fetchUrl: z.string().trim().min(1, 'form.required').max(2000, 'form.tooLong'),
});

const resourceIdPath = '/:resourceId{[0-9a-f-]{36}}';

export const resourceRoutes = new Hono<AppEnv>()
  .use('*', requireRole('editor'))
  .get('/', async (c) => {
    const { db } = c.get('deps');
    const filters = resourceFilters.parse(c.req.query());
    const [{ rows, total }, languages] = await Promise.all([
      listResources(db, filters),
      resourceLanguages(db),
    ]);
    return c.html(
      <ResourceListPage
        shell={pageShell(c)}
        resources={rows}
        total={total}
        filters={filters}
        languages={languages}
      />,
    );
  })
  .get('/new', (c) => renderForm(c, {}, {}))
  .post('/new', (c) => postResource(c))
  .post('/fetch', async (c) => {
    const form = await parseForm(c, fetchForm);
    if (!form.ok) return renderForm(c, form.values, form.errors);
    const prefill = await prefillFromUrl(form.data.fetchUrl);
    if (!prefill.ok) {
      return renderForm(c, { fetchUrl: form.data.fetchUrl }, { fetchUrl: { key: prefill.error } });
    }
    return renderForm(
      c,
      { fetchUrl: form.data.fetchUrl, ...prefill.values },
      {},
      { fetched: true },
    );
  })
  .get(resourceIdPath, async (c) => {
    const resource = await findResource(c.get('deps').db, c.req.param('resourceId'));
    if (!resource) return renderNotFound(c);
    return renderForm(c, resourceValues(resource), {}, { resourceId: resource.id });
  })
  .post(resourceIdPath, async (c) => {
    const resource = await findResource(c.get('deps').db, c.req.param('resourceId'));
    if (!resource) return renderNotFound(c);
    return postResource(c, resource.id);
  })
  .post(`${resourceIdPath}/delete`, async (c) => {
    const resource = await findResource(c.get('deps').db, c.req.param('resourceId'));
    if (!resource) return renderNotFound(c);
    const deleted = await deleteResource(commandContext(c), resource.id);
    await setFlash(
      c,
      deleted
        ? { kind: 'success', key: 'resources.deleted' }
        : { kind: 'error', key: 'resources.inUse' },
    );
    return c.redirect(deleted ? resourcePaths.list : resourcePaths.edit(resource.id), 303);
  });
