import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReplyAddress, replyAddress } from './reply-address.ts';

const config = {
  secret: 'a'.repeat(64),
  mail: { from: 'Track Two <office@Example.org>' },
} as Parameters<typeof replyAddress>[0];
const issueId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const subscriberId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';

test('a reply address names the issue and subscriber, within 64 octets, in any case', () => {
  const address = replyAddress(config, issueId, subscriberId);
  assert.match(address, /^reply\+[0-9a-v]+@example\.org$/);
  assert.ok(address.indexOf('@') <= 64);
  assert.deepEqual(parseReplyAddress(config, address), { issueId, subscriberId });
  assert.deepEqual(parseReplyAddress(config, address.toUpperCase()), { issueId, subscriberId });
});

test('ids that are not random UUIDs still make a parseable address', () => {
  const fixed = '00000000-0000-1000-8000-000000000001';
  const address = replyAddress(config, fixed, subscriberId);
  assert.deepEqual(parseReplyAddress(config, address), { issueId: fixed, subscriberId });
});

test('tampered, foreign or malformed reply addresses name nothing', () => {
  const address = replyAddress(config, issueId, subscriberId);
  const local = address.slice(0, address.indexOf('@'));
  const flipped = `${local.slice(0, 10)}${local[10] === '0' ? '1' : '0'}${local.slice(11)}`;
  assert.equal(parseReplyAddress(config, `${flipped}@example.org`), undefined);
  assert.equal(parseReplyAddress(config, address.replace('example.org', 'example.net')), undefined);
  assert.equal(parseReplyAddress({ ...config, secret: 'b'.repeat(64) }, address), undefined);
  assert.equal(parseReplyAddress(config, `${local.slice(0, -1)}@example.org`), undefined);
  assert.equal(parseReplyAddress(config, 'reply+zzz@example.org'), undefined);
  assert.equal(parseReplyAddress(config, 'office@example.org'), undefined);
  assert.equal(parseReplyAddress(config, ''), undefined);
});
