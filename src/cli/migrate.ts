import type { Command } from 'commander';
import { withDatabase } from './context.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the database migrations that have not run yet (serve does this too)')
    .action(() =>
      withDatabase(async (database) => {
        // withDatabase has migrated already; say where.
        process.stdout.write(`The ${database.engine} database is up to date.\n`);
      }),
    );
}
