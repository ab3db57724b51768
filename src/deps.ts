// Wires the shared services together once, for the server, the CLI and the tests alike.
import { createAuth } from './accounts/auth.ts';
import { registerSignInMailJob } from './accounts/sign-in-mail-job.ts';
import { registerAlertJobs } from './core/audit/alerts.ts';
import type { Config } from './core/config.ts';
import type { Database } from './core/db/client.ts';
import { JobHandlers } from './core/jobs/handlers.ts';
import { createJobQueue } from './core/jobs/queue.ts';
import type { Logger } from './core/log.ts';
import { InboundHandlers } from './core/mail/inbound-handlers.ts';
import { createMailer } from './core/mail/transports.ts';
import { loadAssets } from './core/web/assets.ts';
import type { Deps } from './core/web/context.ts';
import { registerAnswerMailJob } from './gatherings/answers/answer-mail-job.ts';
import { registerFollowUpJob } from './gatherings/convening/follow-up.ts';
import { registerInvitationJobs } from './gatherings/invitations/mail-jobs.ts';
import { registerSignUpJob } from './newsletter/audience/sign-up.ts';
import { registerTestSendJob } from './newsletter/issues/test-send.ts';
import { registerReplyAnswerJob } from './newsletter/replies/answer-job.ts';
import { registerNewsletterInbound } from './newsletter/replies/register-inbound.ts';
import { registerSendingJobs } from './newsletter/sending/jobs.ts';

export async function createDeps(
  config: Config,
  database: Database,
  logger: Logger,
): Promise<Deps> {
  const mailer = createMailer({ mail: config.mail, db: database.db });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    logger,
    mailer,
    auth: createAuth({ config, db: database.db, mailer, logger }),
    jobs: createJobQueue(database.db),
    handlers: { jobs: new JobHandlers(), inbound: new InboundHandlers() },
    assets: await loadAssets(),
  };
  registerCapabilities(deps);
  return deps;
}

/** Each capability registers its background work and its mail handlers here. */
function registerCapabilities(deps: Deps): void {
  registerAlertJobs(deps);
  registerSignInMailJob(deps);
  registerFollowUpJob(deps);
  registerInvitationJobs(deps);
  registerAnswerMailJob(deps);
  registerNewsletterInbound(deps);
  registerReplyAnswerJob(deps);
  registerSignUpJob(deps);
  registerTestSendJob(deps);
  registerSendingJobs(deps);
}
