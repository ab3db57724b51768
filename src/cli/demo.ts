// `tracktwo demo load|reset`: invented demo content, generated from a seed, so every install
// (and every test and benchmark) sees the same people. `npm start` loads it into a new database.
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../core/config.ts';
import type { Database } from '../core/db/client.ts';
import type { DemoSummary } from '../demo/content.ts';
import { isDatabaseEmpty, type LoadDemoOptions, loadDemo, resetDemo } from '../demo/load.ts';
import { exitCodes, type Progress, progressBar, UserError, withDatabase } from './context.ts';

const optionsSchema = z.object({
  seed: z.coerce.number().int().nonnegative().default(1980),
  people: z.coerce.number().int().min(1).max(200_000).default(320),
});

/** Loads the demo content when the database holds nothing yet; says what it did. */
export async function loadDemoIfNew(database: Database, config: Config): Promise<void> {
  if (!(await isDatabaseEmpty(database.db))) return;
  const summary = await loadDemo(database.db, {
    encryptionKey: config.encryptionKey,
    ...withProgressBar('Loading demo content'),
  });
  process.stdout.write(`Loaded demo content: ${describe(summary)}.\n`);
}

export function registerDemoCommands(program: Command): void {
  const demo = program
    .command('demo')
    .description('invented demo content: people, organizations and programs (never for real use)');
  demo
    .command('load')
    .description('load demo content into an empty database')
    .option('--seed <n>', 'seed of the generator (same seed, same content)', '1980')
    .option('--people <n>', 'how many people to invent (1 to 200000)', '320')
    .action((raw: unknown) =>
      withDatabase(async (database, config) => {
        if (!(await isDatabaseEmpty(database.db))) {
          throw new UserError(
            'The database already holds people or programs; nothing was loaded. ' +
              'Use `tracktwo demo reset` to replace its content with the demo content.',
          );
        }
        const summary = await loadDemo(database.db, {
          ...parseOptions(raw),
          encryptionKey: config.encryptionKey,
          ...withProgressBar('Loading'),
        });
        process.stdout.write(`Loaded demo content: ${describe(summary)}.\n`);
      }),
    );
  demo
    .command('reset')
    .description('remove all people, organizations and programs, then load the demo content')
    .option('--seed <n>', 'seed of the generator (same seed, same content)', '1980')
    .option('--people <n>', 'how many people to invent (1 to 200000)', '320')
    .action((raw: unknown) =>
      withDatabase(async (database, config) => {
        const summary = await resetDemo(database.db, {
          ...parseOptions(raw),
          encryptionKey: config.encryptionKey,
          ...withProgressBar('Resetting'),
        });
        process.stdout.write(`Replaced the content with demo content: ${describe(summary)}.\n`);
      }),
    );
}

function parseOptions(raw: unknown): { seed: number; people: number } {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(
      `Bad option: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      exitCodes.badInput,
    );
  }
  return parsed.data;
}

function withProgressBar(label: string): Pick<LoadDemoOptions, 'onProgress'> {
  let bar: Progress | undefined;
  return {
    onProgress: (done, total) => {
      bar ??= progressBar(label, total);
      bar.update(done);
      if (done >= total) bar.stop();
    },
  };
}

function describe(summary: DemoSummary): string {
  return Object.entries(summary)
    .map(([table, count]) => `${count} ${table}`)
    .join(', ');
}
