// `tracktwo export-site FOLDER`: the public site as static files with relative links, for a
// mirror where the main address is blocked (src/site/mirror/export-site.ts does the work).
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildApp } from '../app.ts';
import { createLogger } from '../core/log.ts';
import { createDeps } from '../deps.ts';
import { type ExportProgress, exportSite, MirrorError } from '../site/mirror/export-site.ts';
import { exitCodes, type Progress, progressBar, UserError, withDatabase } from './context.ts';

const HELP = `
The copy holds what an anonymous visitor sees: published pages, articles, programs, partners,
the timeline, images in every size the pages use, the stylesheet and the article feeds. Each
page is a folder's index.html with relative links to the others, so it works from any web
server or opened straight from disk (index.html at the top). Links to what needs the real
site (signing in, anything not public) point to PUBLIC_URL, as do canonical links.

The folder must be new or empty, unless --force is given: then files of the same names are
replaced and other files are left as they are.

Example:
  tracktwo export-site /srv/mirror/tracktwo`;

export function registerExportSiteCommand(program: Command): void {
  program
    .command('export-site')
    .description('write the public site as static files with relative links, for a mirror')
    .argument('<folder>', 'the folder to write into (new or empty)')
    .option('--force', 'write into a folder that is not empty')
    .addHelpText('after', HELP)
    .action((folder: string, options: { force?: boolean }) =>
      exportSiteTo(resolve(folder), options.force === true),
    );
}

async function exportSiteTo(folder: string, force: boolean): Promise<void> {
  refuseUnlessEmpty(folder, force);
  await withDatabase(async (database, config) => {
    // Every page is a request; their access log would bury the summary, so only problems show.
    const logger = createLogger(
      { logLevel: config.logLevel === 'silent' ? 'silent' : 'warn' },
      process.stderr,
    );
    const deps = await createDeps(config, database, logger);
    const app = buildApp(deps);
    const progress = progressReporter();
    try {
      const summary = await exportSite({
        request: (path) => app.request(path),
        db: deps.db,
        publicUrl: config.publicUrl,
        folder,
        onProgress: progress.update,
      });
      progress.stop();
      process.stdout.write(
        `Exported ${summary.pages} pages and ${summary.files} other files to ${folder}.\n`,
      );
      if (summary.missing.length > 0) {
        process.stderr.write(
          `${summary.missing.length} linked addresses were not found and link to the site instead: ${summary.missing.slice(0, 5).join(', ')}${summary.missing.length > 5 ? ', ...' : ''}\n`,
        );
      }
    } catch (error) {
      progress.stop();
      throw asUserError(error, folder);
    } finally {
      await deps.mailer.close();
    }
  });
}

function refuseUnlessEmpty(folder: string, force: boolean): void {
  let entries: string[];
  try {
    if (!statSync(folder).isDirectory()) {
      throw new UserError(`${folder} exists and is not a folder.`);
    }
    entries = readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw asUserError(error, folder);
  }
  if (entries.length > 0 && !force) {
    throw new UserError(
      `${folder} is not empty. Choose a new or empty folder, or add --force to write into it.`,
    );
  }
}

/** While fetching the total grows as links are found, so a line now and then; then a bar. */
function progressReporter(): { update(progress: ExportProgress): void; stop(): void } {
  let bar: Progress | undefined;
  let reported = 0;
  return {
    update: ({ phase, done, total }) => {
      if (phase === 'fetching') {
        if (done - reported >= 100) {
          reported = done;
          process.stderr.write(`Fetching the site: ${done} addresses, ${total - done} to go\n`);
        }
        return;
      }
      bar ??= progressBar('Writing pages', total);
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

const fileProblems: Record<string, string> = {
  ENOTDIR: 'part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

function asUserError(error: unknown, folder: string): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof MirrorError) return new UserError(error.message, exitCodes.failed);
  const problem = fileProblems[(error as NodeJS.ErrnoException).code ?? ''];
  if (problem) return new UserError(`Cannot write to ${folder}: ${problem}.`, exitCodes.failed);
  return error;
}
