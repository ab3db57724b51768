import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, describeConfig, environmentWithDotenv, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tracktwo-config-'));

test('defaults give the embedded engine on localhost:3000 with a generated, kept secret', () => {
  const folder = dataDir();
  const config = loadConfig({ TRACKTWO_DATA: folder });
  assert.equal(config.port, 3000);
  assert.equal(config.host, 'localhost');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.publicUrl, 'http://localhost:3000');
  assert.ok(config.secret.length >= 32);
  assert.equal(loadConfig({ TRACKTWO_DATA: folder }).secret, config.secret, 'the secret is kept');
  assert.match(readFileSync(join(folder, 'secret.key'), 'utf8'), /^[0-9a-f]{64}\n$/);
});

test('a bad value names the variable and what it expects', () => {
  const attempt = () =>
    loadConfig({
      TRACKTWO_DATA: dataDir(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      SECRET: 'short',
    });
  assert.throws(attempt, (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    const variables = error.problems.map((problem) => problem.variable).sort();
    assert.deepEqual(variables, ['DATABASE_URL', 'PORT', 'SECRET']);
    assert.match(error.message, /PORT: expected a port number from 0 to 65535/);
    assert.match(error.message, /DATABASE_URL: expected a postgres:\/\//);
    return true;
  });
  assert.throws(() => loadConfig({ TRACKTWO_DATA: dataDir(), PORT: '70000' }), /PORT/);
  assert.throws(
    () => loadConfig({ TRACKTWO_DATA: dataDir(), TRUST_PROXY: 'maybe' }),
    /TRUST_PROXY: expected true or false/,
  );
  assert.throws(
    () => loadConfig({ TRACKTWO_DATA: dataDir(), DKIM_DOMAIN: 'example.org' }),
    /all three/,
  );
});

test('tracktwo config masks secrets and passwords', () => {
  const described = describeConfig(
    loadConfig({
      TRACKTWO_DATA: dataDir(),
      SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://app:hunter2-password@db.example.org/tracktwo',
      SMTP_URL: 'smtp://mailer:smtp-password@mail.example.org:587',
    }),
  );
  const printed = JSON.stringify(described);
  assert.doesNotMatch(printed, /hunter2-password|smtp-password|xxxxxxxx/);
  assert.equal(described.SECRET, '********');
  assert.equal(described.DATABASE_URL, 'postgres://app:********@db.example.org/tracktwo');
});

test('.env is read, and the real environment wins over it', () => {
  const file = join(dataDir(), '.env');
  writeFileSync(file, 'PORT=4000\nHOST=0.0.0.0\n');
  const env = environmentWithDotenv({ PORT: '5000' }, file);
  assert.equal(env.PORT, '5000');
  assert.equal(env.HOST, '0.0.0.0');
});
