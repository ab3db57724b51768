// `tracktwo backup FILE` and `tracktwo restore FILE`: the whole database to a portable SQL file
// and back, on either engine (the format is described at the top of src/core/db/backup.ts).
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { Config } from '../core/config.ts';
import { writeBackup } from '../core/db/backup.ts';
import { BackupError, type BackupHeader } from '../core/db/backup-format.ts';
import type { Database } from '../core/db/client.ts';
import { inspectBackup, readBackupHeader, restoreBackup } from '../core/db/restore.ts';
import { exitCodes, type Progress, progressBar, UserError, withDatabase } from './context.ts';

const ONE_PROCESS_NOTE = `
With the embedded database (no DATABASE_URL), stop \`tracktwo serve\` first: PGlite lets only one
process at a time open a data folder.`;

const BACKUP_HELP = `
The file is plain SQL text that \`tracktwo restore\` reads on either engine, so it also moves
data between the embedded database and PostgreSQL. It holds everyone's data, protected people
included: it is created readable by its owner only; keep it as safe as the database itself.
An existing file of that name is replaced only once the new backup is complete.
${ONE_PROCESS_NOTE}
With PostgreSQL, tracktwo may keep running: the backup is one consistent snapshot.

Example:
  tracktwo backup /var/backups/tracktwo-$(date +%F).sql`;

const RESTORE_HELP = `
Restore replaces ALL data in the database with the backup's, in one transaction: if anything
fails, nothing is changed. The backup must come from the same schema version (the same newest
migration) as this database; if it does not, restore says which versions differ and what to do.
${ONE_PROCESS_NOTE}
With PostgreSQL, stop it too, or expect it to wait while the restore runs.

Restore asks before it replaces anything. Without a terminal (scripts, cron) it refuses unless
--yes is given.

Example:
  tracktwo restore --yes /var/backups/tracktwo-2024-04-01.sql`;

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('write all data to one SQL file that restores on either database engine')
    .argument('<file>', 'the file to write')
    .addHelpText('after', BACKUP_HELP)
    .action((file: string) => backup(resolve(file)));
  program
    .command('restore')
    .description('replace all data with the contents of a file written by `tracktwo backup`')
    .argument('<file>', 'the backup file')
    .option('-y, --yes', 'replace the data without asking')
    .addHelpText('after', RESTORE_HELP)
    .action((file: string, options: { yes?: boolean }) =>
      restore(resolve(file), options.yes === true),
    );
}

async function backup(path: string): Promise<void> {
  await withDatabase(async (database) => {
    const progress = lazyProgress('Backing up tables');
    try {
      const summary = await writeBackup(database, path, { onProgress: progress.update });
      progress.stop();
      process.stdout.write(
        `Backup written to ${path}: ${summary.tables} tables, ${summary.rows} rows.\n`,
      );
    } catch (error) {
      progress.stop();
      throw asUserError(error, `Cannot write the backup to ${path}`);
    }
  });
}

const UNCHANGED = ' Nothing was changed.';

async function restore(path: string, confirmed: boolean): Promise<void> {
  // The file is checked before the database is opened: a wrong path fails fast and touches nothing.
  await readBackupHeader(path).catch((error: unknown) => {
    throw asUserError(error, `Cannot read ${path}`, UNCHANGED);
  });
  if (!confirmed && !process.stdin.isTTY) {
    throw new UserError(
      'Restore replaces all data in the database. Run it again with --yes to go ahead.',
    );
  }
  await withDatabase(async (database, config) => {
    const header = await inspectBackup(database, path).catch((error: unknown) => {
      throw asUserError(error, `Cannot read ${path}`, UNCHANGED);
    });
    if (!confirmed) await confirmReplacing(header, describeTarget(database, config));
    const progress = lazyProgress('Restoring tables');
    try {
      const summary = await restoreBackup(database, path, { onProgress: progress.update });
      progress.stop();
      process.stdout.write(
        `Restored ${summary.rows} rows in ${summary.tables} tables from the backup of ${header.created}.\n`,
      );
    } catch (error) {
      progress.stop();
      throw asUserError(error, `Cannot read ${path}`, UNCHANGED);
    }
  });
}

async function confirmReplacing(header: BackupHeader, target: string): Promise<void> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(
      `This replaces ALL data in ${target} with the backup made ${header.created}. Continue? [y/N] `,
    );
    if (!/^y(es)?$/i.test(answer.trim())) {
      throw new UserError('Restore cancelled; nothing was changed.', exitCodes.failed);
    }
  } finally {
    prompt.close();
  }
}

/** Names the database without its credentials. */
function describeTarget(database: Database, config: Config): string {
  if (database.engine === 'pglite' || !config.databaseUrl) {
    return `the embedded database in ${config.dataDir}`;
  }
  const url = new URL(config.databaseUrl);
  return `the PostgreSQL database ${url.pathname.slice(1)} on ${url.hostname}`;
}

/** The bar appears with the first report, which is when the number of tables is known. */
function lazyProgress(label: string): { update(done: number, total: number): void; stop(): void } {
  let bar: Progress | undefined;
  return {
    update: (done, total) => {
      bar ??= progressBar(label, total);
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

const fileProblems: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/** Problems a person can fix become UserErrors; anything else stays a failure with its stack. */
function asUserError(error: unknown, fileContext: string, outcome = ''): unknown {
  if (error instanceof BackupError) return new UserError(`${error.message}${outcome}`);
  const problem = fileProblems[(error as NodeJS.ErrnoException).code ?? ''];
  if (problem) return new UserError(`${fileContext}: ${problem}.${outcome}`, exitCodes.failed);
  return error;
}
