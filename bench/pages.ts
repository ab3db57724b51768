// {"bench":"pages","path":…,"req_per_s":…,"p50_ms":…,"p99_ms":…} for each page: autocannon with
// 50 connections for 10 s against a server started on the demo content, signed out. By default
// the home page (at / and /en/), the newest article and the sign-in page. Targets for the public
// pages: ≥ 5,000 req/s with p99 ≤ 15 ms on the embedded engine.
import autocannon from 'autocannon';
import { newestArticlePath } from './demo-paths.ts';
import { startBenchServer } from './server.ts';

const server = await startBenchServer({ port: 3950 + (process.pid % 40), demo: false });
try {
  const paths =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ['/', '/en/', await newestArticlePath(server.url), '/sign-in'];
  for (const path of paths) {
    const result = await autocannon({
      url: `${server.url}${path}`,
      connections: 50,
      duration: 10,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${path}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
    }
    process.stdout.write(
      `${JSON.stringify({
        bench: 'pages',
        path,
        req_per_s: Math.round(result.requests.average),
        p50_ms: result.latency.p50,
        p99_ms: result.latency.p99,
      })}\n`,
    );
  }
} finally {
  await server.stop();
}
