// {"bench":"startup","cold_start_ms":…,"reopen_ms":…,"rss_mb":…}
// cold start: `npm start` on an empty data folder (migrations and demo content included) to the
// first 200; reopen: the same folder started again; rss: the server's resident memory after
// 1,000 requests. Targets: reopen ≤ 1.5 s, RSS ≤ 350 MB.
import { startBenchServer } from './server.ts';

const port = 3900 + (process.pid % 50);
const cold = await startBenchServer({ port, demo: true });
await cold.stop();

const reopened = await startBenchServer({ port, demo: true });
const paths = ['/', '/sign-in', '/lang/ru?next=%2F', '/nowhere'];
for (let i = 0; i < 1000; i++) {
  const response = await fetch(`${reopened.url}${paths[i % paths.length]}`, { redirect: 'manual' });
  await response.arrayBuffer();
}
const rss = reopened.rssMb();
await reopened.stop();

process.stdout.write(
  `${JSON.stringify({ bench: 'startup', cold_start_ms: cold.readyAfterMs, reopen_ms: reopened.readyAfterMs, rss_mb: rss })}\n`,
);
