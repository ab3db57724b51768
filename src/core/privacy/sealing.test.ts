import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { seal, UnsealError, unseal } from './sealing.ts';

const key = randomBytes(32);

test('a sealed value opens with its key, and hides its plaintext', () => {
  const sealed = seal(key, '+380-44-555-0199 · signal: @olena');
  assert.ok(!sealed.toString('latin1').includes('olena'));
  assert.equal(unseal(key, sealed), '+380-44-555-0199 · signal: @olena');
  assert.notDeepEqual(seal(key, 'same'), seal(key, 'same'), 'a fresh nonce each time');
});

test('a wrong key or a changed byte is refused', () => {
  const sealed = seal(key, 'x@example.org');
  assert.throws(() => unseal(randomBytes(32), sealed), UnsealError);
  const tampered = Buffer.from(sealed);
  tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1;
  assert.throws(() => unseal(key, tampered), UnsealError);
  assert.throws(() => unseal(key, Buffer.from([1, 2, 3])), UnsealError);
});
