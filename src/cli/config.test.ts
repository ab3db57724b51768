// `tracktwo config` and bad settings, through the real command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

function tracktwo(args: string[], env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tracktwo-cli-config-'));
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', TRACKTWO_DATA: dataDir, ...env },
    encoding: 'utf8',
  });
}

test('config prints the effective settings with secrets masked', () => {
  const result = tracktwo(['config'], {
    SECRET: 's'.repeat(40),
    SMTP_URL: 'smtp://mailer:smtp-password@mail.example.org:587',
    PORT: '4321',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^PORT\s+4321$/m);
  assert.match(result.stdout, /^SECRET\s+\*{8}$/m);
  assert.match(result.stdout, /^SMTP_URL\s+smtp:\/\/mailer:\*{8}@mail\.example\.org:587$/m);
  assert.ok(!result.stdout.includes('smtp-password'));
  assert.ok(!result.stdout.includes('s'.repeat(40)));
});

test('a bad setting stops every command with exit code 3, naming the variable', () => {
  for (const args of [['config'], ['serve'], ['migrate']]) {
    const result = tracktwo(args, { PORT: 'eighty', LOG_LEVEL: 'loud' });
    assert.equal(result.status, 3, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /PORT: expected a port number/);
    assert.match(result.stderr, /LOG_LEVEL: expected one of fatal, error/);
    assert.doesNotMatch(result.stderr, /at \w+ \(/, 'no stack trace');
  }
});

test('every command has --help, and an unknown command is a usage error', () => {
  for (const command of ['serve', 'migrate', 'config', 'demo', 'admin', 'backup', 'restore']) {
    const result = tracktwo([command, '--help'], {});
    assert.equal(result.status, 0, command);
    assert.match(result.stdout, new RegExp(`Usage: tracktwo ${command}`));
  }
  const unknown = tracktwo(['frobnicate'], {});
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command/);
});
