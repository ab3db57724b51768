// /organizations: the staff pages to list, create, edit, archive and merge organizations. Every
// staff member may list them; administrators and coordinators change them (src/people/policy.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { setOrganizationArchived } from './commands/archive-organization.ts';
import { mergeOrganizations, OrganizationMergeRefused } from './commands/merge-organizations.ts';
import { createOrganization, updateOrganization } from './commands/save-organization.ts';
import { findOrganization, listOrganizations, type OrganizationView } from './organizations.ts';
import { authorize, permissionsOf } from './policy.ts';
import { commandContext, requireStaff } from './routes.tsx';
import { organizationForm, recordId } from './validation.ts';
import { OrganizationFormPage } from './views/organization-form.tsx';
import { OrganizationListPage } from './views/organization-list.tsx';
import { OrganizationMergePage } from './views/organization-merge.tsx';

const pageSize = 50;
const searchText = z.string().trim().max(100);
const listQuery = z.object({
  query: searchText.default(''),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** An organization an editor may change; forged, malformed and merged ids are all missing. */
async function loadEditable(c: Context<AppEnv>): Promise<OrganizationView | undefined> {
  authorize(c.get('viewer'), 'edit');
  return findOrganization(c.get('deps').db, c.req.param('id') ?? '');
}

function formValues(organization: OrganizationView): Record<string, string> {
  return {
    name: organization.name,
    country: organization.country ?? '',
    kind: organization.kind,
    website: organization.website ?? '',
  };
}

function renderForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  existing?: OrganizationView,
) {
  const action = existing ? `/organizations/${existing.id}/edit` : '/organizations/new';
  return c.html(
    <OrganizationFormPage
      shell={pageShell(c)}
      action={action}
      values={values}
      errors={errors}
      existing={existing}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

async function saved(
  c: Context<AppEnv>,
  id: string,
  key: 'organizations.saved' | 'organizations.merged' = 'organizations.saved',
) {
  await setFlash(c, { kind: 'success', key });
  return c.redirect(`/organizations/${id}/edit`, 303);
}

export const organizationRoutes = new Hono<AppEnv>()
  .use(requireStaff())
  .get('/', async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success) return renderNotFound(c);
    const { query, page } = parsed.data;
    const found = await listOrganizations(c.get('deps').db, {
      query: query || undefined,
      page,
      pageSize,
    });
    const pages = Math.max(1, Math.ceil(found.total / pageSize));
    if (page > pages) return renderNotFound(c);
    return c.html(
      <OrganizationListPage
        shell={pageShell(c)}
        organizations={found.organizations}
        query={query}
        page={page}
        pages={pages}
        total={found.total}
        mayEdit={permissionsOf(c.get('viewer')).edit}
      />,
    );
  })
  .get('/new', (c) => {
    authorize(c.get('viewer'), 'edit');
    return renderForm(c, {}, {});
  })
  .post('/new', async (c) => {
    authorize(c.get('viewer'), 'edit');
    const form = await parseForm(c, organizationForm);
    if (!form.ok) return renderForm(c, form.values, form.errors);
    return saved(c, await createOrganization(commandContext(c), form.data));
  })
  .get('/:id/edit', async (c) => {
    const organization = await loadEditable(c);
    if (!organization) return renderNotFound(c);
    return renderForm(c, formValues(organization), {}, organization);
  })
  .post('/:id/edit', async (c) => {
    const organization = await loadEditable(c);
    if (!organization) return renderNotFound(c);
    const form = await parseForm(c, organizationForm);
    if (!form.ok) return renderForm(c, form.values, form.errors, organization);
    await updateOrganization(commandContext(c), organization.id, form.data);
    return saved(c, organization.id);
  })
  .post('/:id/archive', async (c) => {
    const organization = await loadEditable(c);
    if (!organization) return renderNotFound(c);
    await setOrganizationArchived(commandContext(c), organization.id, true);
    return saved(c, organization.id);
  })
  .post('/:id/unarchive', async (c) => {
    const organization = await loadEditable(c);
    if (!organization) return renderNotFound(c);
    await setOrganizationArchived(commandContext(c), organization.id, false);
    return saved(c, organization.id);
  })
  .get('/:id/merge', async (c) => {
    authorize(c.get('viewer'), 'merge');
    const kept = await loadEditable(c);
    if (!kept) return renderNotFound(c);
    const query = searchText.catch('').parse(c.req.query('query') ?? '');
    const candidates = query
      ? (
          await listOrganizations(c.get('deps').db, { query, page: 1, pageSize: 20 })
        ).organizations.filter((organization) => organization.id !== kept.id)
      : [];
    return c.html(
      <OrganizationMergePage
        shell={pageShell(c)}
        kept={kept}
        query={query}
        candidates={candidates}
      />,
    );
  })
  .post('/:id/merge', async (c) => {
    authorize(c.get('viewer'), 'merge');
    const kept = await loadEditable(c);
    if (!kept) return renderNotFound(c);
    const form = await parseForm(c, z.object({ duplicateId: recordId }));
    const duplicate = form.ok && (await findOrganization(c.get('deps').db, form.data.duplicateId));
    if (!duplicate) return renderNotFound(c);
    try {
      await mergeOrganizations(commandContext(c), { keptId: kept.id, duplicateId: duplicate.id });
    } catch (error) {
      if (!(error instanceof OrganizationMergeRefused)) throw error;
      return c.html(
        <OrganizationMergePage
          shell={pageShell(c)}
          kept={kept}
          query=""
          candidates={[]}
          error="organizations.merge.refused"
        />,
        400,
      );
    }
    return saved(c, kept.id, 'organizations.merged');
  });
