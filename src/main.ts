// `npm start`: tracktwo on this machine, for trying it out. Like `tracktwo serve`, plus demo
// content on a new database and a printed sign-in link for the demo administrator.
import { openConfiguredDatabase, readConfig, reportFailure } from './cli/context.ts';

try {
  const config = readConfig();
  // Start-up has two slow halves that can overlap: the embedded engine compiling its
  // WebAssembly and opening the data folder, and Node loading the application's modules. So the
  // database starts opening first, and the application is imported while it does (about half
  // a second sooner to the first page).
  const [database, { serveUntilSignal }] = await Promise.all([
    openConfiguredDatabase(config),
    import('./cli/serve.ts'),
  ]);
  await serveUntilSignal(config, database, { demo: true });
} catch (error) {
  process.exit(reportFailure(error));
}
