// The `tracktwo` command. Each subcommand lives in src/cli/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerAdminCommands } from './cli/admin.ts';
import { registerBackupCommands } from './cli/backup.ts';
import { registerConfigCommand } from './cli/config.ts';
import { exitCodes, reportFailure } from './cli/context.ts';
import { registerDemoCommands } from './cli/demo.ts';
import { registerExportSiteCommand } from './cli/export-site.ts';
import { registerMigrateCommand } from './cli/migrate.ts';
import { registerServeCommand } from './cli/serve.ts';

const program = new Command('tracktwo')
  .description('tracktwo: the platform of a track-two diplomacy organization')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// Subcommands are added here, one line each, as their files land.
registerServeCommand(program);
registerMigrateCommand(program);
registerDemoCommands(program);
registerConfigCommand(program);
registerAdminCommands(program);
registerBackupCommands(program);
registerExportSiteCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode =
    error instanceof CommanderError
      ? error.exitCode === 0
        ? exitCodes.ok
        : exitCodes.badInput
      : reportFailure(error);
}
