// `npm start`: tracktwo on this machine, for trying it out. Like `tracktwo serve`, plus demo
// content on a new database and a printed sign-in link for the demo administrator.
import { reportFailure } from './cli/context.ts';
import { serveUntilSignal } from './cli/serve.ts';

try {
  await serveUntilSignal({ demo: true });
} catch (error) {
  process.exit(reportFailure(error));
}
