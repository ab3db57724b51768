// Starts a running tracktwo: database, web server, background workers and (when configured) the
// inbound mail listener, and stops them all in order on a signal.
import { type ServerType, serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import type { Config } from './core/config.ts';
import type { Database } from './core/db/client.ts';
import { startWorkers } from './core/jobs/worker.ts';
import { createLogger, type Logger } from './core/log.ts';
import { startInboundServer } from './core/mail/inbound.ts';
import { dispatchPendingInbound } from './core/mail/inbound-dispatch.ts';
import type { Deps } from './core/web/context.ts';
import { createDeps } from './deps.ts';

export interface RunningServer {
  url: string;
  deps: Deps;
  stop(): Promise<void>;
}

/** Serves on the configured host and port; the database must already be open and migrated. */
export async function startServer(
  config: Config,
  database: Database,
  logger: Logger = createLogger(config),
): Promise<RunningServer> {
  const deps = await createDeps(config, database, logger);
  const app = buildApp(deps);
  const server = await listen(app.fetch, config);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const workers = startWorkers({
    db: deps.db,
    handlers: deps.handlers.jobs,
    concurrency: config.jobs.concurrency,
    pollMs: config.jobs.pollMs,
    logger,
  });
  // Messages stored by a previous run that stopped before handling them.
  await dispatchPendingInbound({ db: deps.db, handlers: deps.handlers.inbound, logger });
  const inbound = config.mail.inbound
    ? await startInboundServer({
        host: config.mail.inbound.host,
        port: config.mail.inbound.port,
        db: deps.db,
        handlers: deps.handlers.inbound,
        logger,
      })
    : undefined;

  return {
    url: `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`,
    deps,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inbound?.close();
      await workers.stop();
      await deps.mailer.close();
    },
  };
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, () =>
      resolve(server),
    );
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} on ${config.host} is taken; set PORT to another one.`)
          : error,
      );
    });
  });
}
