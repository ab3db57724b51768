// /admin/accounts: administrators list accounts, change their roles, grant or revoke the
// protected clearance, disable and re-enable them. Mounted under /admin, which app.ts guards;
// the guard is repeated so these pages stay closed wherever they are mounted.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { staffRoles } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { requireRole } from '../core/web/guards.ts';
import { pageShell } from '../core/web/shell.ts';
import {
  type AccountAdminContext,
  AccountChangeRefused,
  type AdministeredAccount,
  changeAccountRoles,
  findAdministeredAccount,
  listAccounts,
  setAccountDisabled,
  setProtectedClearance,
} from './admin-accounts.ts';
import { AccountListPage, AccountPage } from './views/admin-accounts.tsx';

const pageSize = 50;
const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1);
const searchForm = z.object({
  email: z.string().trim().max(254, 'form.tooLong').default(''),
  page: pageNumber,
});
const rolesForm = z.object({
  roles: z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(staffRoles)).max(staffRoles.length)),
});
const clearanceForm = z.object({ clearance: z.enum(['grant', 'revoke']) });

function adminContext(c: Context<AppEnv>): AccountAdminContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

/** A malformed id is missing, exactly like an unknown one. */
async function load(c: Context<AppEnv>): Promise<AdministeredAccount | undefined> {
  const id = z.uuid().safeParse(c.req.param('id'));
  return id.success
    ? findAdministeredAccount(c.get('deps').db, c.get('viewer'), id.data)
    : undefined;
}

async function showList(c: Context<AppEnv>, email: string, page: number) {
  const found = await listAccounts(c.get('deps').db, c.get('viewer'), {
    email: email || undefined,
    page,
    pageSize,
  });
  const pages = Math.max(1, Math.ceil(found.total / pageSize));
  if (page > pages) return renderNotFound(c);
  return c.html(
    <AccountListPage
      shell={pageShell(c)}
      accounts={found.accounts}
      email={email}
      page={page}
      pages={pages}
      total={found.total}
    />,
  );
}

/** Runs a change to one account: its page again with the reason when refused, else back to it. */
async function change(
  c: Context<AppEnv>,
  command: (account: AdministeredAccount) => Promise<void>,
) {
  const account = await load(c);
  if (!account) return renderNotFound(c);
  try {
    await command(account);
  } catch (error) {
    if (!(error instanceof AccountChangeRefused)) throw error;
    return c.html(
      <AccountPage shell={pageShell(c)} account={account} refused={error.reason} />,
      400,
    );
  }
  await setFlash(c, { kind: 'success', key: 'accounts.admin.saved' });
  return c.redirect(`/admin/accounts/${account.id}`, 303);
}

export const accountAdminRoutes = new Hono<AppEnv>()
  .use(requireRole('administrator'))
  .get('/', async (c) => {
    const page = pageNumber.safeParse(c.req.query('page'));
    if (!page.success) return renderNotFound(c);
    // An address never arrives by URL; search by POST.
    return showList(c, '', page.data);
  })
  .post('/', async (c) => {
    const body = await c.req.parseBody();
    const parsed = searchForm.safeParse({ email: body.email, page: body.page || undefined });
    if (!parsed.success) {
      const email = typeof body.email === 'string' ? body.email : '';
      return c.html(
        <AccountListPage
          shell={pageShell(c)}
          accounts={[]}
          email={email}
          emailError="form.tooLong"
          page={1}
          pages={1}
          total={0}
        />,
        400,
      );
    }
    return showList(c, parsed.data.email, parsed.data.page);
  })
  .get('/:id', async (c) => {
    const account = await load(c);
    if (!account) return renderNotFound(c);
    return c.html(<AccountPage shell={pageShell(c)} account={account} />);
  })
  .post('/:id/roles', async (c) => {
    const form = rolesForm.safeParse(await c.req.parseBody({ all: true }));
    if (!form.success) {
      const account = await load(c);
      if (!account) return renderNotFound(c);
      return c.html(
        <AccountPage shell={pageShell(c)} account={account} refused="unknownRole" />,
        400,
      );
    }
    return change(c, (account) => changeAccountRoles(adminContext(c), account.id, form.data.roles));
  })
  .post('/:id/clearance', async (c) => {
    const form = clearanceForm.safeParse(await c.req.parseBody());
    if (!form.success) return renderNotFound(c);
    const granted = form.data.clearance === 'grant';
    return change(c, (account) => setProtectedClearance(adminContext(c), account.id, granted));
  })
  .post('/:id/disable', (c) =>
    change(c, (account) => setAccountDisabled(adminContext(c), account.id, true)),
  )
  .post('/:id/enable', (c) =>
    change(c, (account) => setAccountDisabled(adminContext(c), account.id, false)),
  );
