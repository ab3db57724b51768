// {"bench":"people","req_per_s":…,"p99_ms":…}: the directory page with filters, signed in as a
// participant, on the demo content scaled to 10,000 people (bench/run.ts loads it), autocannon
// for 10 s. Target: ≥ 500 req/s with p99 ≤ 50 ms on PGlite. Ten connections: one process answers
// one request at a time, so waiting time is connections ÷ throughput, and at 50 connections no
// server of 500 req/s could keep p99 under 100 ms (Little's law); ten is a busy office at once.
import autocannon from 'autocannon';
import { ensureAccount } from '../src/accounts/create-account.ts';
import { createSignInLink } from '../src/accounts/sign-in-links.ts';
import { openConfiguredDatabase, readConfig } from '../src/cli/context.ts';
import { createLogger } from '../src/core/log.ts';
import { createDeps } from '../src/deps.ts';
import { startBenchServer } from './server.ts';

// One account makes every request here, far past the limit meant for a person browsing.
process.env.DIRECTORY_PAGES_PER_10_MINUTES = '100000000';
const path = process.argv[2] ?? '/directory?language=ru&field=journalism';
const port = 3850 + (process.pid % 40);
const connections = 10;

// A participant account and a one-time link, made before the server opens the data folder.
const config = { ...readConfig(), publicUrl: `http://127.0.0.1:${port}` };
const database = await openConfiguredDatabase(config);
await database.migrate();
const deps = await createDeps(config, database, createLogger(config));
const email = 'bench.participant@example.org';
await ensureAccount(deps, { email, displayName: 'Bench Participant', roles: [] });
const link = await createSignInLink(deps.auth, email, '/directory');
await deps.mailer.close();
await database.close();

const server = await startBenchServer({ port, demo: false });
try {
  const signIn = await fetch(link, { redirect: 'manual' });
  const cookie = signIn.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  if (!cookie.includes('session_token')) throw new Error(`sign-in failed: ${signIn.status}`);
  const probe = await fetch(`${server.url}${path}`, { headers: { cookie } });
  if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}`);

  const result = await autocannon({
    url: `${server.url}${path}`,
    connections,
    duration: 10,
    headers: { cookie, 'accept-encoding': 'br, gzip' },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  process.stdout.write(
    `${JSON.stringify({ bench: 'people', path, connections, req_per_s: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99 })}\n`,
  );
} finally {
  await server.stop();
}
