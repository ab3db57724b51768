// `npm run bench -- NAME [args]`: runs bench/NAME.ts against a fresh data folder holding the demo
// content, and passes its one JSON line through. Benchmarks are measured on demand, never as
// timed tests. PEOPLE=N scales the demo content (some benchmarks have their own default).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
const script = name ? fileURLToPath(new URL(`./${name}.ts`, import.meta.url)) : '';
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(script) || name === 'run') {
  process.stderr.write(
    'usage: npm run bench -- NAME   (NAME is a file in bench/, e.g. startup, pages, compose, send)\n',
  );
  process.exit(2);
}

/** Benchmarks that measure at a size of their own. */
const demoSizes: Record<string, string> = { people: '10000' };

const dataDir = mkdtempSync(join(tmpdir(), `tracktwo-bench-${name}-`));
const env = { ...process.env, TRACKTWO_DATA: dataDir, LOG_LEVEL: 'warn' };
const root = fileURLToPath(new URL('..', import.meta.url));
try {
  // The startup benchmark measures the first start itself, so it gets the folder empty.
  if (name !== 'startup') {
    const people = process.env.PEOPLE ?? demoSizes[name];
    const demoArgs = ['--import', 'tsx', 'src/cli.ts', 'demo', 'load'];
    if (people) demoArgs.push('--people', people);
    const demo = spawnSync(process.execPath, demoArgs, {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (demo.status !== 0) throw new Error('loading the demo content failed');
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...rest], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
