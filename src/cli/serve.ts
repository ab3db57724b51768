// `tracktwo serve` (a real deployment: starts empty, never loads demo content) and what
// `npm start` runs (the same, with demo content on a new database).
import type { Command } from 'commander';
import { demoAdministratorSignIn } from '../accounts/demo-administrator.ts';
import type { Config } from '../core/config.ts';
import type { Database } from '../core/db/client.ts';
import { createLogger } from '../core/log.ts';
import { startServer } from '../server.ts';
import { openConfiguredDatabase, readConfig } from './context.ts';
import { loadDemoIfNew } from './demo.ts';

/** Serves on an opened database until SIGINT or SIGTERM, then stops everything in order. */
export async function serveUntilSignal(
  config: Config,
  database: Database,
  options: { demo: boolean },
): Promise<void> {
  const logger = createLogger(config);
  await database.migrate();
  if (options.demo) await loadDemoIfNew(database, config);
  const running = await startServer(config, database, logger);
  process.stdout.write(`tracktwo is serving at ${running.url} (${database.engine})\n`);
  if (options.demo) process.stdout.write(`${await demoAdministratorSignIn(running.deps)}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await running.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve tracktwo on HOST:PORT with background workers (never loads demo content)')
    .action(async () => {
      const config = readConfig();
      await serveUntilSignal(config, await openConfiguredDatabase(config), { demo: false });
    });
}
