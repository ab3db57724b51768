// Builds the web application: the middleware every request passes through, in order, then each
// capability's routes. Nothing here talks to the database; the capabilities do.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { accountAdminRoutes } from './accounts/admin-routes.tsx';
import { authApiPath } from './accounts/auth.ts';
import { identifyViewer } from './accounts/identify-viewer.ts';
import { invitationRoutes } from './accounts/invitation-routes.tsx';
import { authApiRoutes, signInRoutes } from './accounts/routes.tsx';
import { securityRoutes } from './accounts/security-routes.tsx';
import { auditRoutes } from './core/audit/routes.tsx';
import { jobsRoutes } from './core/jobs/routes.tsx';
import { outboxRoutes } from './core/mail/routes.tsx';
import { adminIndexRoutes } from './core/web/admin.tsx';
import { serveAsset } from './core/web/asset-route.ts';
import { basicRoutes } from './core/web/basic-routes.tsx';
import { compression } from './core/web/compression.ts';
import type { AppEnv, Deps } from './core/web/context.ts';
import { CsrfError, csrfProtection } from './core/web/csrf.ts';
import { renderForbidden, renderNotFound, renderServerError } from './core/web/errors.tsx';
import { readFlash } from './core/web/flash.ts';
import { requireRole } from './core/web/guards.ts';
import { chooseLocale, provideDeps, requestLogging } from './core/web/request.ts';
import { securityHeaders } from './core/web/security.ts';
import { dataRightsRoutes } from './people/data-rights-routes.tsx';
import { directoryRoutes } from './people/directory-routes.tsx';
import { peopleExportRoutes } from './people/export-routes.ts';
import { meRoutes } from './people/me-routes.tsx';
import { organizationRoutes } from './people/organization-routes.tsx';
import { peopleRoutes } from './people/routes.tsx';
import { editIndexRoutes } from './site/edit-index.tsx';
import { siteRoutes } from './site/routes.tsx';

export function buildApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(provideDeps(deps), requestLogging(), securityHeaders());
  app.get('/assets/:name', serveAsset);
  app.use(compression(), chooseLocale());
  app.use(identifyViewer());
  app.use(csrfProtection({ exempt: (path) => path.startsWith(`${authApiPath}/`) }), readFlash());

  app.route('/', basicRoutes);
  app.route(authApiPath, authApiRoutes);
  app.route('/', signInRoutes);
  app.route('/', securityRoutes);
  app.route('/', invitationRoutes);
  app.route('/', siteRoutes);
  app.route('/directory', directoryRoutes);
  app.route('/me', meRoutes);
  app.route('/people', dataRightsRoutes);
  app.route('/people', peopleRoutes);
  app.route('/organizations', organizationRoutes);
  app.route('/exports', peopleExportRoutes);
  app.use('/edit/*', requireRole('editor'));
  app.use('/edit', requireRole('editor'));
  app.route('/edit', editIndexRoutes);
  app.use('/admin/*', requireRole('administrator'));
  app.use('/admin', requireRole('administrator'));
  app.route('/admin', adminIndexRoutes);
  app.route('/admin/outbox', outboxRoutes);
  app.route('/admin/jobs', jobsRoutes);
  app.route('/admin/audit', auditRoutes);
  app.route('/admin/accounts', accountAdminRoutes);

  app.notFound(renderNotFound);
  app.onError((error, c) => {
    if (error instanceof CsrfError) return renderForbidden(c, c.get('t')('form.csrf'));
    if (error instanceof HTTPException && error.status === 404) return renderNotFound(c);
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    (c.get('log') ?? deps.logger).error({ err: error }, 'unhandled error');
    return renderServerError(c);
  });
  return app;
}
