// /directory for signed-in accounts. GET takes the filters that name no one (country, field,
// language, organization, page) from the query; POST takes the form, name search included, from
// the body. Every page view counts against a per-viewer limit: the directory is for finding
// people, not for copying the network.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { alertAdministrators } from '../core/audit/alerts.ts';
import { en, type MessageKey } from '../core/i18n/catalogs/en.ts';
import { hitRateLimit } from '../core/rate-limit/rate-limit.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import type { FieldErrors } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { type DirectoryFilters, listDirectory, listOrganizationChoices } from './directory.ts';
import { DirectoryLimitPage, DirectoryPage } from './views/directory-page.tsx';

/** The window of the per-viewer limit; the count is DIRECTORY_PAGES_PER_10_MINUTES. */
const rateWindowMs = 10 * 60 * 1000;

/** An empty field is no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const filtersSchema = z.object({
  name: optional(z.string().trim().min(1).max(100, 'form.tooLong')),
  country: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'directory.error.country')
      .transform((value) => value.toUpperCase()),
  ),
  field: optional(z.string().trim().min(1).max(80, 'form.tooLong')),
  language: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'directory.error.language'),
  ),
  organization: optional(z.uuid('directory.error.organization')),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const directoryRoutes = new Hono<AppEnv>()
  .use(async function requireSignedIn(c, next) {
    if (c.get('viewer').kind === 'anonymous') return c.redirect('/sign-in?next=%2Fdirectory', 303);
    await next();
  })
  .get('/', (c) => {
    // A name never arrives by URL; one that does is ignored rather than searched for.
    const { name: _ignored, ...query } = c.req.query();
    return showDirectory(c, query);
  })
  .post('/', async (c) => {
    const body = await c.req.parseBody();
    const values = Object.fromEntries(
      Object.entries(body).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return showDirectory(c, values);
  });

async function showDirectory(c: Context<AppEnv>, input: Record<string, string>) {
  const viewer = c.get('viewer');
  if (viewer.kind === 'anonymous') return renderNotFound(c);
  const { db } = c.get('deps');
  const limit = c.get('deps').config.directoryPagesPer10Minutes;
  const limited = await hitRateLimit(db, {
    key: `directory:${viewer.accountId}`,
    limit,
    windowMs: rateWindowMs,
  });
  if (!limited.allowed) {
    // Raised at most once an hour per account (alertAdministrators keeps count).
    await alertAdministrators(c.get('deps'), {
      kind: 'directory_rate_limit',
      subject: { kind: 'account', id: viewer.accountId },
      details: {
        limit,
        windowMinutes: rateWindowMs / 60_000,
      },
      requestId: c.get('requestId'),
    });
    c.header('Retry-After', String(limited.retryAfterSeconds));
    return c.html(<DirectoryLimitPage shell={pageShell(c)} />, 429);
  }

  const values = pick(input, ['name', 'country', 'field', 'language', 'organization']);
  const parsed = filtersSchema.safeParse(input);
  const organizations = await listOrganizationChoices(db, c.get('changeVersions'));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      if (field === 'page') return renderNotFound(c);
      errors[field] ??= {
        key: isMessageKey(issue.message) ? issue.message : 'form.required',
        values: 'maximum' in issue ? { max: Number(issue.maximum) } : undefined,
      };
    }
    return c.html(
      <DirectoryPage
        shell={pageShell(c)}
        organizations={organizations}
        values={values}
        errors={errors}
      />,
      400,
    );
  }
  const { page, organization, ...rest } = parsed.data;
  const filters: DirectoryFilters = { ...rest, organizationId: organization };
  const result = await listDirectory(db, viewer, filters, page, c.get('changeVersions'));
  // Past the last page (or past the cap without a filter) there is nothing to show.
  if (page > result.pages) return renderNotFound(c);
  return c.html(
    <DirectoryPage
      shell={pageShell(c)}
      organizations={organizations}
      values={values}
      errors={{}}
      result={{ ...result, page }}
    />,
  );
}

function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

function pick(input: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (input[name] ? [[name, input[name]]] : [])));
}
