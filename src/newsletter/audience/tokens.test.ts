import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signToken, verifyToken } from './tokens.ts';

const secret = 'a-newsletter-test-secret-long-enough-0123456789';

describe('newsletter tokens', () => {
  test('a token gives back its id for its own purpose', () => {
    const token = signToken(secret, 'unsubscribe', 'subscriber-1');
    assert.equal(verifyToken(secret, 'unsubscribe', token), 'subscriber-1');
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'safe in a URL as it is');
  });

  test('a token made for one purpose is worthless for another', () => {
    const token = signToken(secret, 'preferences', 'subscriber-1');
    assert.equal(verifyToken(secret, 'unsubscribe', token), undefined);
    assert.equal(verifyToken(secret, 'confirm', token), undefined);
    assert.equal(verifyToken(secret, 'track', token), undefined);
  });

  test('a tampered token, id or signature, is refused', () => {
    const token = signToken(secret, 'unsubscribe', 'subscriber-1');
    const [payload, mac] = token.split('.') as [string, string];
    const otherPayload = Buffer.from('0:subscriber-2').toString('base64url');
    assert.equal(verifyToken(secret, 'unsubscribe', `${otherPayload}.${mac}`), undefined);
    const flipped = mac.startsWith('A') ? `B${mac.slice(1)}` : `A${mac.slice(1)}`;
    assert.equal(verifyToken(secret, 'unsubscribe', `${payload}.${flipped}`), undefined);
    assert.equal(verifyToken(secret, 'unsubscribe', `${payload}.${mac.slice(0, -2)}`), undefined);
    assert.equal(verifyToken(secret, 'unsubscribe', payload), undefined);
    assert.equal(verifyToken(secret, 'unsubscribe', ''), undefined);
    assert.equal(verifyToken(secret, 'unsubscribe', 'not a token at all'), undefined);
    assert.equal(verifyToken(`${secret}x`, 'unsubscribe', token), undefined, 'another secret');
  });

  test('a token with an expiry works until then and not after', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const expiresAt = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    const token = signToken(secret, 'confirm', 'subscriber-1', expiresAt);
    assert.equal(verifyToken(secret, 'confirm', token, now), 'subscriber-1');
    assert.equal(
      verifyToken(secret, 'confirm', token, new Date(expiresAt.getTime() - 1000)),
      'subscriber-1',
    );
    assert.equal(verifyToken(secret, 'confirm', token, expiresAt), undefined);
    assert.equal(
      verifyToken(secret, 'confirm', token, new Date(expiresAt.getTime() + 1000)),
      undefined,
    );
  });

  test('ids may hold any text, a URL bound into a click token included', () => {
    const id = '42 https://example.org/a?b=c:d#e';
    assert.equal(verifyToken(secret, 'track', signToken(secret, 'track', id)), id);
  });
});
