// Real-browser tests: Debian's Chromium driven by playwright-core, against tracktwo served over
// real HTTP on a loopback port with a test database of its own.
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { type RunningServer, startServer } from '../../server.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { createLogger } from '../log.ts';
import { testSecret } from './testing.ts';

const chromiumPath = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath}. Install it with: apt-get install -y chromium ` +
        '(.ci/run does this on CI).',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root. The network flags stop Chromium calling home, which this
    // machine's closed network would refuse anyway.
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ServedForBrowser {
  server: RunningServer;
  database: Database;
  close(): Promise<void>;
}

/** tracktwo on 127.0.0.1 with a free port, over a fresh test database. `publicHost` is the host
 * name in PUBLIC_URL: WebAuthn refuses an IP address as its relying party, so passkey tests
 * use 'localhost'. */
export async function serveForBrowser(
  env: Record<string, string> = {},
  { publicHost = '127.0.0.1' }: { publicHost?: string } = {},
): Promise<ServedForBrowser> {
  // The port is chosen before start-up so PUBLIC_URL (used in e-mailed links) can name it.
  const port = await freePort();
  const config = loadConfig({
    TRACKTWO_DATA: '/nonexistent-test-data-folder',
    SECRET: testSecret,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://${publicHost}:${port}`,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = await openTestDatabase();
  const server = await startServer(config, database, createLogger(config));
  return {
    server,
    database,
    close: async () => {
      await server.stop();
      await database.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
