// /edit/partners: editors list, add and change the partner organizations the site presents.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { organizationChoices } from '../../people/organizations.ts';
import { EditRefused, editingContext } from '../editing/context.ts';
import { createPartner, updatePartner } from './commands/save-partner.ts';
import { findPartner, listPartnersForEditing, type PartnerRow } from './editing.ts';
import { type PartnerInput, partnerForm, recordId } from './validation.ts';
import { PartnerFormPage, PartnerListEditPage } from './views/edit/partner-pages.tsx';

async function renderForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  existing?: PartnerRow,
) {
  const organizations = await organizationChoices(c.get('deps').db);
  return c.html(
    <PartnerFormPage
      shell={pageShell(c)}
      action={existing ? `/edit/partners/${existing.id}` : '/edit/partners/new'}
      existing={existing}
      organizations={organizations}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

async function partnerOf(c: Context<AppEnv>): Promise<PartnerRow | undefined> {
  const id = recordId.safeParse(c.req.param('id'));
  return id.success ? findPartner(c.get('deps').db, id.data) : undefined;
}

/** Saves with the given command; a refusal (unknown logo or organization) shows on the form. */
async function save(
  c: Context<AppEnv>,
  existing: PartnerRow | undefined,
  command: (input: PartnerInput) => Promise<string>,
) {
  const form = await parseForm(c, partnerForm);
  if (!form.ok) return renderForm(c, form.values, form.errors, existing);
  try {
    const id = await command(form.data);
    await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
    return c.redirect(`/edit/partners/${id}`, 303);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    const typed = Object.fromEntries(
      Object.entries(await c.req.parseBody()).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value]] : [],
      ),
    );
    return renderForm(c, typed, { [error.field]: { key: error.key } }, existing);
  }
}

export const partnerEditingRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const partners = await listPartnersForEditing(c.get('deps').db);
    return c.html(<PartnerListEditPage shell={pageShell(c)} partners={partners} />);
  })
  .get('/new', (c) => renderForm(c, {}, {}))
  .post('/new', (c) => save(c, undefined, (input) => createPartner(editingContext(c), input)))
  .get('/:id', async (c) => {
    const partner = await partnerOf(c);
    if (!partner) return renderNotFound(c);
    return renderForm(
      c,
      {
        name: partner.name,
        website: partner.website ?? '',
        logoMediaId: partner.logoMediaId ?? '',
        description: partner.description,
        organizationId: partner.organizationId ?? '',
      },
      {},
      partner,
    );
  })
  .post('/:id', async (c) => {
    const partner = await partnerOf(c);
    if (!partner) return renderNotFound(c);
    return save(c, partner, async (input) => {
      await updatePartner(editingContext(c), partner.id, input);
      return partner.id;
    });
  });
