// What every CLI command shares: the configuration, the database it names, progress bars and
// exit codes. Commands print for people on stdout and for problems on stderr.
import { SingleBar } from 'cli-progress';
import { type Config, ConfigError, environmentWithDotenv, loadConfig } from '../core/config.ts';
import { type Database, openDatabase, pgliteFolder } from '../core/db/client.ts';
import { acquireDataFolder, DataFolderInUseError } from '../core/db/data-folder-lock.ts';

/** Exit codes: 0 done, 1 failed, 2 wrong usage or input, 3 configuration problem. */
export const exitCodes = { ok: 0, failed: 1, badInput: 2, badConfig: 3 } as const;

/** A failure the user can fix: printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.badInput,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Prints a failure for a person (no stack trace for what they can fix); returns the exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof DataFolderInUseError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.failed;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`tracktwo failed: ${detail}\n`);
  return exitCodes.failed;
}

export function readConfig(): Config {
  try {
    return loadConfig(environmentWithDotenv(process.env));
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message, exitCodes.badConfig);
    throw error;
  }
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    try {
      return await openDatabase({ engine: 'postgres', url: config.databaseUrl });
    } catch (error) {
      throw new UserError(
        `Cannot reach PostgreSQL at DATABASE_URL (${String(error)}).`,
        exitCodes.failed,
      );
    }
  }
  const release = acquireDataFolder(config.dataDir);
  const database = await openDatabase({ engine: 'pglite', dataDir: pgliteFolder(config.dataDir) });
  return {
    ...database,
    close: async () => {
      await database.close();
      release();
    },
  };
}

/** Opens the configured database, brings it up to date, runs `work`, and always closes it. */
export async function withDatabase<T>(
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar on a terminal; on a pipe (CI, logs) a line now and then instead. */
export function progressBar(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% {value}/{total}`,
      stream: process.stderr,
      hideCursor: true,
    });
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let lastReported = -1;
  return {
    update: (done) => {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth !== lastReported) {
        lastReported = tenth;
        process.stderr.write(`${label}: ${done}/${total}\n`);
      }
    },
    stop: () => undefined,
  };
}
