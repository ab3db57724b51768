import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateDemo } from '../generate.ts';
import { generateSite } from '../site/generate.ts';
import { generateGatherings } from './generate.ts';

const day = 24 * 60 * 60 * 1000;

function generate(now: Date, people?: number) {
  const content = generateDemo({ people });
  return { content, demo: generateGatherings(content, generateSite(content, now), now) };
}

describe('generating the demo gatherings', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const { content, demo } = generate(now);

  test('the same seed and load time give the same rows', () => {
    assert.equal(JSON.stringify(generate(now).demo), JSON.stringify(demo));
  });

  test('past gatherings keep their days; those to come stay ahead of any load time', () => {
    const later = new Date(now.getTime() + 700 * day);
    const again = generate(later).demo;
    for (const [index, gathering] of demo.gatherings.entries()) {
      const moved = again.gatherings[index];
      assert.ok(moved);
      if (gathering.startsAt < now) {
        assert.equal(moved.startsAt.getTime(), gathering.startsAt.getTime());
      } else {
        assert.ok(moved.startsAt > later, gathering.title);
      }
    }
    for (const invitation of again.invitations) {
      for (const moment of [invitation.invitedAt, invitation.answeredAt, invitation.createdAt]) {
        assert.ok(moment === null || moment < later, 'nothing is answered after load time');
      }
    }
  });

  test('no gathering accepts more than its capacity; waitlists are ordered by time', () => {
    for (const gathering of demo.gatherings) {
      const ofIt = demo.invitations.filter((row) => row.gatheringId === gathering.id);
      const accepted = ofIt.filter((row) => row.state === 'accepted').length;
      if (gathering.capacity !== null) assert.ok(accepted <= gathering.capacity, gathering.title);
      for (const row of ofIt) {
        assert.equal(row.waitlistedAt !== null, row.state === 'waitlisted');
      }
      assert.equal(new Set(ofIt.map((row) => row.personId)).size, ofIt.length, 'asked once');
    }
  });

  test('every invitee, facilitator and attendee is a demo person, even in a tiny demo', () => {
    const tiny = generate(now, 25);
    const known = new Set(tiny.content.people.map((person) => person.id));
    const referred = [
      ...tiny.demo.invitations,
      ...tiny.demo.facilitators,
      ...tiny.demo.attendance,
      ...tiny.demo.outcomePeople,
    ].map((row) => row.personId);
    assert.ok(referred.length > 0);
    assert.ok(referred.every((id) => known.has(id)));
    assert.ok(content.people.length > tiny.content.people.length);
  });
});
