// Starts tracktwo as a separate process, the way `npm start` does, and measures it from outside.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface BenchServer {
  process: ChildProcess;
  url: string;
  /** Milliseconds from spawning to the first 200 answer of `/`. */
  readyAfterMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startBenchServer(options: {
  port: number;
  demo: boolean;
}): Promise<BenchServer> {
  const started = performance.now();
  const entry = options.demo ? 'src/main.ts' : 'src/cli.ts';
  const args = options.demo ? [entry] : [entry, 'serve'];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tracktwo exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('tracktwo did not answer within 120 s');
    try {
      const response = await fetch(`${url}/`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyAfterMs = Math.round(performance.now() - started);
  return {
    process: child,
    url,
    readyAfterMs,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
