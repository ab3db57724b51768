import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bounceAddress, parseBounceAddress } from './verp.ts';

const config = {
  secret: 'a'.repeat(64),
  mail: { from: 'Track Two <office@Example.org>' },
} as Parameters<typeof bounceAddress>[0];

test('a bounce address names its delivery, at the domain of MAIL_FROM', () => {
  const address = bounceAddress(config, 12345);
  assert.match(address, /^bounces\+12345-[a-z0-9_-]{10}@example\.org$/);
  assert.equal(parseBounceAddress(config, address), 12345);
  assert.equal(parseBounceAddress(config, address.toUpperCase()), 12345);
});

test('forged, foreign or malformed bounce addresses name no delivery', () => {
  const address = bounceAddress(config, 7);
  assert.equal(parseBounceAddress(config, address.replace('+7-', '+8-')), undefined);
  assert.equal(
    parseBounceAddress(config, address.replace('example.org', 'example.net')),
    undefined,
  );
  assert.equal(parseBounceAddress({ ...config, secret: 'b'.repeat(64) }, address), undefined);
  assert.equal(parseBounceAddress(config, 'bounces+0-abcdefghij@example.org'), undefined);
  assert.equal(parseBounceAddress(config, 'office@example.org'), undefined);
  assert.equal(parseBounceAddress(config, ''), undefined);
});
