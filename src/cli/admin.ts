// `tracktwo admin create EMAIL`: the first administrator of a new deployment (or the role for an
// existing account), and a one-time link to sign in with, printed and also sent by mail.
import type { Command } from 'commander';
import { z } from 'zod';
import { createAuth, signInLinkMinutes } from '../accounts/auth.ts';
import { createAdministrator } from '../accounts/create-account.ts';
import { createSignInLink, NoActiveAccountError } from '../accounts/sign-in-links.ts';
import { createLogger } from '../core/log.ts';
import { createMailer } from '../core/mail/transports.ts';
import { exitCodes, UserError, withDatabase } from './context.ts';

// The same rule as the sign-in form, so every address made here can sign in there.
const emailArgument = z.string().trim().max(254).pipe(z.email());
const nameOption = z.string().trim().min(1).max(200);

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('administrators and their accounts');
  admin
    .command('create')
    .argument('<email>', 'the address the administrator signs in with')
    .option('--name <name>', 'the display name of the new person', 'Administrator')
    .description('make EMAIL an administrator (creating the account) and print a sign-in link')
    .action((email: string, options: { name: string }) =>
      createAdministratorCommand(email, options),
    );
}

async function createAdministratorCommand(email: string, options: { name: string }) {
  const address = emailArgument.safeParse(email);
  if (!address.success) {
    throw new UserError('That is not an e-mail address; give one such as name@example.org.');
  }
  const displayName = nameOption.safeParse(options.name);
  if (!displayName.success) throw new UserError('The name must be 1 to 200 characters long.');

  await withDatabase(async (database, config) => {
    // Logs go to stderr: stdout carries what the person at the terminal asked for.
    const logger = createLogger(config, process.stderr);
    const mailer = createMailer({ mail: config.mail, db: database.db });
    try {
      const auth = createAuth({ config, db: database.db, mailer, logger });
      const account = await createAdministrator(
        { db: database.db },
        { email: address.data, displayName: displayName.data },
      );
      const link = await createSignInLink(auth, address.data).catch((error: unknown) => {
        if (error instanceof NoActiveAccountError) {
          throw new UserError(
            'The account for this address is disabled: it has the administrator role, but no sign-in link was made.',
            exitCodes.failed,
          );
        }
        throw error;
      });
      process.stdout.write(
        `${account.created ? 'Administrator created.' : 'The account exists already; it has the administrator role.'}\n` +
          `Sign in once with this link (valid ${signInLinkMinutes} minutes):\n  ${link}\n` +
          (mailer.transport === 'outbox'
            ? 'The same link is in the outbox, at /admin/outbox.\n'
            : 'The same link was sent to the address by mail.\n'),
      );
    } finally {
      await mailer.close();
    }
  });
}
