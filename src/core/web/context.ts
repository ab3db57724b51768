// The typed context every route sees: the shared services (deps) and what middleware learned
// about the request (who is looking, in which language, the CSRF token, a flash message).
import type { Auth } from '../../accounts/auth.ts';
import type { Config } from '../config.ts';
import type { ChangeVersions } from '../db/change-counters.ts';
import type { Database, Db } from '../db/client.ts';
import type { Locale, Translate } from '../i18n/i18n.ts';
import type { JobHandlers } from '../jobs/handlers.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Logger } from '../log.ts';
import type { InboundHandlers } from '../mail/inbound-handlers.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Viewer } from '../privacy/viewer.ts';
import type { Assets } from './assets.ts';
import type { Flash } from './flash.ts';
import type { Banner } from './shell.ts';

export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  mailer: Mailer;
  /** better-auth: sign-in links, sessions and their cookies (src/accounts/auth.ts). */
  auth: Auth;
  jobs: JobQueue;
  /** Where capabilities register what they do in the background and with incoming mail. */
  handlers: { jobs: JobHandlers; inbound: InboundHandlers };
  assets: Assets;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    log: Logger;
    requestId: string;
    locale: Locale;
    t: Translate;
    csrfToken: string;
    flash: Flash | undefined;
    viewer: Viewer;
    /** The change counters as read once for this request, for answers kept in memory. */
    changeVersions?: ChangeVersions;
    secureHeadersNonce?: string;
    /** Site-wide notices for this request's language, set by the site's notices middleware. */
    banners?: readonly Banner[];
  };
}
