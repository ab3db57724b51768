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
import { mediaEditingRoutes } from './core/media/editing-routes.tsx';
import { mediaRoutes } from './core/media/routes.ts';
import { adminIndexRoutes } from './core/web/admin.tsx';
import { serveAsset } from './core/web/asset-route.ts';
import { basicRoutes } from './core/web/basic-routes.tsx';
import { bodyLimits } from './core/web/body-limits.tsx';
import { compression } from './core/web/compression.ts';
import type { AppEnv, Deps } from './core/web/context.ts';
import { CsrfError, csrfProtection } from './core/web/csrf.ts';
import { renderForbidden, renderNotFound, renderServerError } from './core/web/errors.tsx';
import { readFlash } from './core/web/flash.ts';
import { requireRole } from './core/web/guards.ts';
import { chooseLocale, provideDeps, requestLogging } from './core/web/request.ts';
import { securityHeaders } from './core/web/security.ts';
import { agendaMeRoutes } from './gatherings/agenda/me-routes.ts';
import { agendaStaffRoutes } from './gatherings/agenda/staff-routes.tsx';
import { answerRoutes } from './gatherings/answers/routes.tsx';
import { answerStaffRoutes, logisticsExportRoutes } from './gatherings/answers/staff-routes.tsx';
import { checkInRoutes } from './gatherings/convening/check-in-routes.tsx';
import { followUpRoutes } from './gatherings/convening/follow-up-routes.tsx';
import { noteRoutes } from './gatherings/convening/notes-routes.tsx';
import { outcomeRoutes } from './gatherings/convening/outcomes-routes.tsx';
import { invitationRoutes as gatheringInvitationRoutes } from './gatherings/invitations/routes.tsx';
import { gatheringMeRoutes } from './gatherings/me-routes.tsx';
import { gatheringPublicRoutes } from './gatherings/public-routes.tsx';
import { gatheringStaffRoutes } from './gatherings/routes.tsx';
import { subscribePublicRoutes } from './newsletter/audience/public-routes.tsx';
import { subscriberRoutes } from './newsletter/audience/staff-routes.tsx';
import { trackingRoutes } from './newsletter/audience/tracking.ts';
import { newsletterPublicRoutes } from './newsletter/issues/public-routes.tsx';
import { issueRoutes } from './newsletter/issues/staff-routes.tsx';
import { replyRoutes } from './newsletter/replies/routes.tsx';
import { resourceRoutes } from './newsletter/resources/routes.tsx';
import { sendingRoutes } from './newsletter/sending/routes.tsx';
import { dataRightsRoutes } from './people/data-rights-routes.tsx';
import { directoryRoutes } from './people/directory-routes.tsx';
import { peopleExportRoutes } from './people/export-routes.ts';
import { meRoutes } from './people/me-routes.tsx';
import { organizationRoutes } from './people/organization-routes.tsx';
import { peopleRoutes } from './people/routes.tsx';
import { articleEditingRoutes } from './site/articles/editing-routes.tsx';
import { publicPageCache } from './site/cache/public-page-cache.ts';
import { editIndexRoutes } from './site/edit-index.tsx';
import { feedRoutes, sitemapRoutes } from './site/feeds/routes.ts';
import { noticeBanners } from './site/notices/banners.ts';
import { noticeEditingRoutes } from './site/notices/editing-routes.tsx';
import { pageEditingRoutes } from './site/pages/editing-routes.tsx';
import { programEditingRoutes } from './site/programs/editing-routes.tsx';
import { partnerEditingRoutes } from './site/programs/partner-editing-routes.tsx';
import { programPublicRoutes } from './site/programs/public-routes.tsx';
import { pageRoutes, siteRoutes } from './site/routes.tsx';
import { timelineEditingRoutes } from './site/timeline/editing-routes.tsx';
import { timelinePublicRoutes } from './site/timeline/public-routes.tsx';

export function buildApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Public pages for visitors without a session are answered from memory before anything else.
  app.use(provideDeps(deps), publicPageCache(), requestLogging(), securityHeaders());
  app.get('/assets/:name', serveAsset);
  // Image variants, like assets, need no viewer, cookie or compression (they are compressed).
  app.route('/media', mediaRoutes);
  app.use(compression(), chooseLocale());
  app.use(identifyViewer(), noticeBanners());
  app.use(bodyLimits());
  app.use(
    csrfProtection({
      // The one-click unsubscribe (RFC 8058) comes from mail providers with no cookie: its
      // signed token is the credential.
      exempt: (path) =>
        path.startsWith(`${authApiPath}/`) || /^\/newsletter\/unsubscribe\/[^/]+$/.test(path),
    }),
    readFlash(),
  );

  app.route('/', basicRoutes);
  app.route(authApiPath, authApiRoutes);
  app.route('/', signInRoutes);
  app.route('/', securityRoutes);
  app.route('/', invitationRoutes);
  app.route('/', feedRoutes);
  // Before the site's pages, whose /{locale}/{slug} would otherwise answer /{locale}/newsletter.
  app.route('/', newsletterPublicRoutes);
  app.route('/', sitemapRoutes);
  app.route('/', siteRoutes);
  app.route('/', programPublicRoutes);
  app.route('/', timelinePublicRoutes);
  app.route('/directory', directoryRoutes);
  app.route('/me/gatherings', agendaMeRoutes);
  app.route('/me/gatherings', gatheringMeRoutes);
  app.route('/me', meRoutes);
  app.route('/people', dataRightsRoutes);
  app.route('/people', peopleRoutes);
  app.route('/organizations', organizationRoutes);
  app.route('/exports', peopleExportRoutes);
  app.route('/', answerRoutes);
  app.route('/gatherings/:id/invitations', gatheringInvitationRoutes);
  app.route('/gatherings/:id/answers', answerStaffRoutes);
  app.route('/gatherings/:id/agenda', agendaStaffRoutes);
  app.route('/gatherings/:id/check-in', checkInRoutes);
  app.route('/gatherings/:id/notes', noteRoutes);
  app.route('/gatherings/:id/outcomes', outcomeRoutes);
  app.route('/gatherings/:id/follow-up', followUpRoutes);
  app.route('/gatherings/:id', logisticsExportRoutes);
  app.route('/gatherings', gatheringStaffRoutes);
  app.route('/newsletter/resources', resourceRoutes);
  app.route('/newsletter/issues', issueRoutes);
  app.route('/newsletter/issues', sendingRoutes);
  app.route('/newsletter/replies', replyRoutes);
  app.route('/newsletter/subscribers', subscriberRoutes);
  app.route('/newsletter/t', trackingRoutes);
  app.route('/', subscribePublicRoutes);
  app.use('/edit/*', requireRole('editor'));
  app.use('/edit', requireRole('editor'));
  app.route('/edit', editIndexRoutes);
  app.route('/edit/media', mediaEditingRoutes);
  app.route('/edit/pages', pageEditingRoutes);
  app.route('/edit/articles', articleEditingRoutes);
  app.route('/edit/programs', programEditingRoutes);
  app.route('/edit/partners', partnerEditingRoutes);
  app.route('/edit/timeline', timelineEditingRoutes);
  app.route('/edit/notices', noticeEditingRoutes);
  app.use('/admin/*', requireRole('administrator'));
  app.use('/admin', requireRole('administrator'));
  app.route('/admin', adminIndexRoutes);
  app.route('/admin/outbox', outboxRoutes);
  app.route('/admin/jobs', jobsRoutes);
  app.route('/admin/audit', auditRoutes);
  app.route('/admin/accounts', accountAdminRoutes);
  // Last: /{locale}/{slug} would otherwise shadow every address of that shape.
  app.route('/', gatheringPublicRoutes);
  app.route('/', pageRoutes);

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
