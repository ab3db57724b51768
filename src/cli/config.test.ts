// `tracktwo config` and bad settings, through the real command.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runTracktwo } from './testing.ts';

function tracktwo(args: string[], env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tracktwo-cli-config-'));
  return runTracktwo(args, { TRACKTWO_DATA: dataDir, ...env });
}

test('config prints the effective settings with secrets masked', async () => {
  const result = await tracktwo(['config'], {
    SECRET: 's'.repeat(40),
    SMTP_URL: 'smtp://mailer:smtp-password@mail.example.org:587',
    PORT: '4321',
  });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^PORT\s+4321$/m);
  assert.match(result.stdout, /^SECRET\s+\*{8}$/m);
  assert.match(result.stdout, /^SMTP_URL\s+smtp:\/\/mailer:\*{8}@mail\.example\.org:587$/m);
  assert.ok(!result.stdout.includes('smtp-password'));
  assert.ok(!result.stdout.includes('s'.repeat(40)));
});

test('a bad setting stops every command with exit code 3, naming the variable', async () => {
  for (const args of [['config'], ['serve'], ['migrate']]) {
    const result = await tracktwo(args, { PORT: 'eighty', LOG_LEVEL: 'loud' });
    assert.equal(result.code, 3, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /PORT: expected a port number/);
    assert.match(result.stderr, /LOG_LEVEL: expected one of fatal, error/);
    assert.doesNotMatch(result.stderr, /at \w+ \(/, 'no stack trace');
  }
});

test('every command has --help, and an unknown command is a usage error', async () => {
  for (const command of ['serve', 'migrate', 'config', 'demo', 'admin', 'backup', 'restore']) {
    const result = await tracktwo([command, '--help'], {});
    assert.equal(result.code, 0, command);
    assert.match(result.stdout, new RegExp(`Usage: tracktwo ${command}`));
  }
  const unknown = await tracktwo(['frobnicate'], {});
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command/);
});
