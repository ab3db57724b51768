// /people: the single page of a person for every audience, and the staff pages to list, create,
// edit, archive and merge people. Routes parse, authorize, call a query or command, render.
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { isStaff } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { setPersonArchived } from './commands/archive-person.ts';
import type { CommandContext } from './commands/context.ts';
import { recordConsent, removeAffiliation, saveAffiliation } from './commands/links.ts';
import { MergeRefused, mergePeople } from './commands/merge-people.ts';
import { createPerson, updatePerson } from './commands/save-person.ts';
import { organizationChoices } from './organizations.ts';
import { findPerson, listPeople, type PersonRecord } from './people.ts';
import { authorize, canChangeTier, permissionsOf } from './policy.ts';
import { type Tier, tier as tierEnum } from './tables.ts';
import { affiliationForm, consentForm, recordId, staffPersonForm } from './validation.ts';
import { PeopleListPage } from './views/people-list.tsx';
import { PersonFormPage } from './views/person-form.tsx';
import { PersonLinks } from './views/person-links.tsx';
import { PersonMergePage } from './views/person-merge.tsx';
import { PersonPage } from './views/person-page.tsx';

const pageSize = 50;
const listQuery = z.object({
  query: z.string().trim().max(100).default(''),
  tier: z.union([z.literal(''), z.enum(tierEnum.enumValues)]).default(''),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** Staff pages: a signed-out visitor is asked to sign in; anyone else who is not staff gets the
 * same 404 as for a page that does not exist. */
export function requireStaff(): MiddlewareHandler<AppEnv> {
  return async function checkStaff(c, next) {
    const viewer = c.get('viewer');
    if (viewer.kind === 'anonymous') {
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    if (!isStaff(viewer)) return renderNotFound(c);
    await next();
  };
}

export function commandContext(c: Context<AppEnv>): CommandContext {
  const { db, config } = c.get('deps');
  return {
    db,
    encryptionKey: config.encryptionKey,
    actor: c.get('viewer'),
    requestId: c.get('requestId'),
  };
}

function load(c: Context<AppEnv>): Promise<PersonRecord | undefined> {
  const { db, config } = c.get('deps');
  return findPerson(db, c.get('viewer'), c.req.param('id') ?? '', {
    encryptionKey: config.encryptionKey,
    requestId: c.get('requestId'),
  });
}

/** A person staff may change: seen in full (never by pseudonym only) and editable by policy. */
async function loadEditable(c: Context<AppEnv>): Promise<PersonRecord | undefined> {
  authorize(c.get('viewer'), 'edit');
  const record = await load(c);
  return record && !record.person.pseudonymous ? record : undefined;
}

function tiersFor(c: Context<AppEnv>, from: Tier): Tier[] {
  return tierEnum.enumValues.filter((to) => canChangeTier(c.get('viewer'), from, to));
}

function formValues(record: PersonRecord): Record<string, string> {
  const { person } = record;
  return {
    displayName: person.name,
    otherNames: (person.otherNames ?? []).join(', '),
    pseudonym: record.pseudonym ?? '',
    residence: person.residence ?? '',
    citizenships: (person.citizenships ?? []).join(', '),
    languages: (person.languages ?? []).join(', '),
    fields: (person.fields ?? []).join(', '),
    bio: person.bio ?? '',
    tier: person.tier ?? 'staff',
    contacts: (record.contacts ?? [])
      .map((contact) => `${contact.kind}: ${contact.value}`)
      .join('\n'),
  };
}

async function renderEdit(
  c: Context<AppEnv>,
  record: PersonRecord,
  values: Record<string, string>,
  errors: FieldErrors,
) {
  const shell = pageShell(c);
  const organizations = await organizationChoices(c.get('deps').db);
  return c.html(
    <PersonFormPage
      shell={shell}
      title={shell.t('people.editTitle', { name: record.person.name })}
      action={`/people/${record.person.id}/edit`}
      values={values}
      errors={errors}
      tiers={tiersFor(c, record.person.tier ?? 'staff')}
    >
      <PersonLinks
        shell={shell}
        personId={record.person.id}
        affiliations={record.affiliations ?? []}
        consents={record.consents ?? []}
        organizations={organizations}
      />
    </PersonFormPage>,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

async function saved(c: Context<AppEnv>, id: string) {
  await setFlash(c, { kind: 'success', key: 'people.saved' });
  return c.redirect(`/people/${id}`, 303);
}

export const peopleRoutes = new Hono<AppEnv>()
  // A name never arrives by URL (URLs end up in histories and logs): the search is a POST,
  // and so are its pages; a GET lists by tier only.
  .get('/', requireStaff(), async (c) => {
    const { query: _ignored, ...rest } = c.req.query();
    return showPeopleList(c, rest);
  })
  .post('/', requireStaff(), async (c) => {
    const body = await c.req.parseBody();
    const values = Object.fromEntries(
      Object.entries(body).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return showPeopleList(c, values);
  })
  .get('/new', requireStaff(), (c) => {
    authorize(c.get('viewer'), 'edit');
    const shell = pageShell(c);
    return c.html(
      <PersonFormPage
        shell={shell}
        title={shell.t('people.new')}
        action="/people/new"
        values={{ tier: 'staff' }}
        errors={{}}
        tiers={tiersFor(c, 'staff')}
      />,
    );
  })
  .post('/new', requireStaff(), async (c) => {
    authorize(c.get('viewer'), 'edit');
    const form = await parseForm(c, staffPersonForm);
    if (!form.ok) {
      const shell = pageShell(c);
      return c.html(
        <PersonFormPage
          shell={shell}
          title={shell.t('people.new')}
          action="/people/new"
          values={form.values}
          errors={form.errors}
          tiers={tiersFor(c, 'staff')}
        />,
        400,
      );
    }
    return saved(c, await createPerson(commandContext(c), form.data));
  })
  // The one page of a person, for every audience; whatever the gate hides is a 404.
  .get('/:id', async (c) => {
    const record = await load(c);
    if (!record) return renderNotFound(c);
    return c.html(
      <PersonPage
        shell={pageShell(c)}
        record={record}
        permissions={permissionsOf(c.get('viewer'))}
      />,
    );
  })
  .get('/:id/edit', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    return renderEdit(c, record, formValues(record), {});
  })
  .post('/:id/edit', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    const form = await parseForm(c, staffPersonForm);
    if (!form.ok) return renderEdit(c, record, form.values, form.errors);
    await updatePerson(commandContext(c), record.person.id, form.data);
    return saved(c, record.person.id);
  })
  .post('/:id/archive', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    await setPersonArchived(commandContext(c), record.person.id, true);
    return saved(c, record.person.id);
  })
  .post('/:id/unarchive', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    await setPersonArchived(commandContext(c), record.person.id, false);
    return saved(c, record.person.id);
  })
  .get('/:id/merge', requireStaff(), (c) => showMergePage(c, ''))
  // The search for the duplicate is a POST, so the name searched for stays out of the URL.
  .post('/:id/merge/search', requireStaff(), async (c) => {
    const body = await c.req.parseBody();
    const query = z
      .string()
      .trim()
      .max(100)
      .catch('')
      .parse(body.query ?? '');
    return showMergePage(c, query);
  })
  .post('/:id/merge', requireStaff(), async (c) => {
    authorize(c.get('viewer'), 'merge');
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    const form = await parseForm(c, z.object({ duplicateId: recordId }));
    // The duplicate must be seen in full, exactly as the kept person is.
    const { db, config } = c.get('deps');
    const duplicate =
      form.ok &&
      (await findPerson(db, c.get('viewer'), form.data.duplicateId, {
        encryptionKey: config.encryptionKey,
      }));
    if (!form.ok || !duplicate || duplicate.person.pseudonymous) return renderNotFound(c);
    try {
      await mergePeople(commandContext(c), {
        keptId: record.person.id,
        duplicateId: duplicate.person.id,
      });
    } catch (error) {
      if (!(error instanceof MergeRefused)) throw error;
      return c.html(
        <PersonMergePage
          shell={pageShell(c)}
          kept={record.person}
          query=""
          candidates={[]}
          error="people.merge.refused"
        />,
        400,
      );
    }
    await setFlash(c, { kind: 'success', key: 'people.merged' });
    return c.redirect(`/people/${record.person.id}`, 303);
  })
  .post('/:id/affiliations', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    const form = await parseForm(c, affiliationForm);
    if (!form.ok) return renderEdit(c, record, formValues(record), form.errors);
    await saveAffiliation(commandContext(c), record.person.id, form.data);
    return saved(c, record.person.id);
  })
  .post('/:id/affiliations/:organizationId/remove', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    const organizationId = recordId.safeParse(c.req.param('organizationId'));
    if (!record || !organizationId.success) return renderNotFound(c);
    await removeAffiliation(commandContext(c), record.person.id, organizationId.data);
    return saved(c, record.person.id);
  })
  .post('/:id/consents', requireStaff(), async (c) => {
    const record = await loadEditable(c);
    if (!record) return renderNotFound(c);
    const form = await parseForm(c, consentForm);
    if (!form.ok) return renderEdit(c, record, formValues(record), form.errors);
    await recordConsent(commandContext(c), record.person.id, form.data);
    return saved(c, record.person.id);
  });

async function showPeopleList(c: Context<AppEnv>, input: Record<string, string>) {
  const parsed = listQuery.safeParse(input);
  if (!parsed.success) return renderNotFound(c);
  const { query, tier, page } = parsed.data;
  const viewer = c.get('viewer');
  const found = await listPeople(c.get('deps').db, viewer, {
    query: query || undefined,
    tier: tier || undefined,
    page,
    pageSize,
  });
  const pages = Math.max(1, Math.ceil(found.total / pageSize));
  if (page > pages) return renderNotFound(c);
  return c.html(
    <PeopleListPage
      shell={pageShell(c)}
      people={found.people}
      filter={{ query, tier: tier || undefined }}
      page={page}
      pages={pages}
      total={found.total}
      mayCreate={permissionsOf(viewer).edit}
    />,
  );
}

async function showMergePage(c: Context<AppEnv>, query: string) {
  authorize(c.get('viewer'), 'merge');
  const record = await loadEditable(c);
  if (!record) return renderNotFound(c);
  const candidates = query
    ? (
        await listPeople(c.get('deps').db, c.get('viewer'), { query, page: 1, pageSize: 20 })
      ).people.filter(
        (person) => person.id !== record.person.id && !person.pseudonymous && !person.archived,
      )
    : [];
  return c.html(
    <PersonMergePage
      shell={pageShell(c)}
      kept={record.person}
      query={query}
      candidates={candidates}
    />,
  );
}
