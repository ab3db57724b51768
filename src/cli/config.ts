import type { Command } from 'commander';
import { describeConfig } from '../core/config.ts';
import { readConfig } from './context.ts';

export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('print the effective settings (from the environment and .env), secrets masked')
    .action(() => {
      const settings = describeConfig(readConfig());
      const width = Math.max(...Object.keys(settings).map((name) => name.length));
      for (const [name, value] of Object.entries(settings)) {
        process.stdout.write(`${name.padEnd(width)}  ${value}\n`);
      }
    });
}
