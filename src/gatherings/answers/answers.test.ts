import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { findInvitationByToken, issueAnswerToken } from '../invitations/answer-token.ts';
import { invitationLogistics } from '../tables.ts';
import { type Answer, submitAnswer } from './answers.ts';
import { readLogistics } from './logistics.ts';
import { invitationState, seedGathering, seedInvitee } from './testing.ts';

const encryptionKey = Buffer.alloc(32, 7);
const accept: Answer = { choice: 'accept', listConsent: false };
const decline: Answer = { choice: 'decline', listConsent: false };

describe('answering an invitation', () => {
  let database: Database;
  const deps = () => ({ db: database.db, encryptionKey });
  let serial = 0;
  const invitee = (gatheringId: string) => {
    serial += 1;
    return seedInvitee(database.db, encryptionKey, gatheringId, {
      name: `Invitee ${serial}`,
      email: `invitee${serial}@example.org`,
    });
  };

  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => {
    await database.close();
  });

  it('spends the link: a second answer with the same token changes nothing', async () => {
    const gathering = await seedGathering(database.db, null);
    const guest = await invitee(gathering);
    assert.deepEqual(await submitAnswer(deps(), guest.token, accept), { state: 'accepted' });
    assert.equal(await submitAnswer(deps(), guest.token, decline), undefined);
    assert.equal(await invitationState(database.db, guest.invitationId), 'accepted');
  });

  it('refuses expired, tampered and unknown tokens', async () => {
    const gathering = await seedGathering(database.db, null);
    const guest = await invitee(gathering);
    const later = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    assert.equal(await submitAnswer(deps(), guest.token, accept, later), undefined);
    const tampered = `${guest.token.slice(0, -1)}${guest.token.endsWith('A') ? 'B' : 'A'}`;
    assert.equal(await submitAnswer(deps(), tampered, accept), undefined);
    assert.equal(await submitAnswer(deps(), 'x'.repeat(43), accept), undefined);
    assert.equal(await invitationState(database.db, guest.invitationId), 'invited');
    assert.ok(await findInvitationByToken(database.db, guest.token), 'the real link still works');
  });

  it('waitlists beyond capacity and promotes in the order people asked', async () => {
    const gathering = await seedGathering(database.db, 2);
    const seated = [await invitee(gathering), await invitee(gathering)];
    const waiting = [await invitee(gathering), await invitee(gathering), await invitee(gathering)];
    for (const guest of seated) {
      assert.deepEqual(await submitAnswer(deps(), guest.token, accept), { state: 'accepted' });
    }
    for (const guest of waiting) {
      assert.deepEqual(await submitAnswer(deps(), guest.token, accept), { state: 'waitlisted' });
    }
    // Declining from the waitlist frees no seat; cancelling an accepted seat does.
    const [first, second, third] = waiting as [
      (typeof seated)[0],
      (typeof seated)[0],
      (typeof seated)[0],
    ];
    for (const guest of seated) {
      const fresh = await seedToken(guest.invitationId);
      assert.deepEqual(await submitAnswer(deps(), fresh, decline), { state: 'cancelled' });
    }
    assert.equal(await invitationState(database.db, first.invitationId), 'accepted');
    assert.equal(await invitationState(database.db, second.invitationId), 'accepted');
    assert.equal(await invitationState(database.db, third.invitationId), 'waitlisted');
  });

  it('gives the last seat to one of two people accepting at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const gathering = await seedGathering(database.db, 1);
      const one = await invitee(gathering);
      const two = await invitee(gathering);
      const results = await Promise.all([
        submitAnswer(deps(), one.token, accept),
        submitAnswer(deps(), two.token, accept),
      ]);
      const states = results.map((result) => result?.state).sort();
      assert.deepEqual(states, ['accepted', 'waitlisted']);
    }
  });

  it('seals the logistics: the stored bytes do not hold what was typed', async () => {
    const gathering = await seedGathering(database.db, null);
    const guest = await invitee(gathering);
    const logistics = {
      arrival: '2030-01-01T10:00:00.000Z',
      departure: '2030-01-04T10:00:00.000Z',
      dietary: 'Strictly kosher, no shellfish',
      accessibility: 'Step-free room',
      needsVisaLetter: true,
      emergencyContactName: 'Halyna Kovalenko',
      emergencyContactPhone: '+380 44 123 4567',
    };
    await submitAnswer(deps(), guest.token, { choice: 'accept', listConsent: true, logistics });
    const [row] = await database.db
      .select()
      .from(invitationLogistics)
      .where(eq(invitationLogistics.invitationId, guest.invitationId));
    assert.ok(row);
    assert.equal(row.needsVisaLetter, true);
    const raw = row.sealed.toString('latin1');
    for (const secret of ['kosher', 'Step-free', 'Kovalenko', '123 4567']) {
      assert.ok(!raw.includes(secret), `${secret} is not in the stored bytes`);
    }
    assert.deepEqual(
      await readLogistics(database.db, encryptionKey, guest.invitationId),
      logistics,
    );
  });

  /** A new link, as the confirmation e-mail would carry. */
  async function seedToken(invitationId: string): Promise<string> {
    return issueAnswerToken(database.db, invitationId);
  }
});
