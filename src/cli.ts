// The `tracktwo` command. Each subcommand lives in src/cli/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { exitCodes, UserError } from './cli/context.ts';

const program = new Command('tracktwo')
  .description('tracktwo: the platform of a track-two diplomacy organization')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// Subcommands are added here, one line each, as their files land.

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.badInput;
  } else if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `tracktwo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = exitCodes.failed;
  }
}
