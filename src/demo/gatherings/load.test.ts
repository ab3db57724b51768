import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/backup-catalog.ts';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { unseal } from '../../core/privacy/sealing.ts';
import { loadDemo } from '../load.ts';

let database: Database;
const encryptionKey = randomBytes(32);
const now = new Date();

before(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { encryptionKey, now });
});

after(async () => {
  await database.close();
});

function rows<T>(query: SQL): Promise<T[]> {
  return queryRows<T>(database.db, query);
}

/** A count or a number from the database (PostgreSQL returns bigints as text). */
async function number(query: SQL): Promise<number> {
  const [row] = await rows<{ n: unknown }>(query);
  return Number(row?.n);
}

describe('demo gatherings', () => {
  test('at least eight, past and upcoming, of every kind and status', async () => {
    const all = await rows<{ kind: string; status: string; upcoming: boolean }>(sql`
      select kind, status, starts_at > now() as upcoming from gatherings`);
    assert.ok(all.length >= 8);
    assert.ok(all.filter((row) => row.upcoming).length >= 3);
    assert.ok(all.filter((row) => !row.upcoming).length >= 5);
    for (const kind of ['retreat', 'conference', 'workshop', 'online_meeting']) {
      assert.ok(
        all.some((row) => row.kind === kind),
        kind,
      );
    }
    for (const status of ['draft', 'inviting', 'confirmed', 'held', 'archived']) {
      assert.ok(
        all.some((row) => row.status === status),
        status,
      );
    }
    const upcomingHeld = all.filter((row) => row.upcoming && row.status === 'held');
    assert.deepEqual(upcomingHeld, []);
  });

  test('an upcoming retreat at Esalen, an online meeting, and a public conference abroad', async () => {
    const [esalen] = await rows<{ n: number }>(sql`
      select count(*)::int as n from gatherings g join venues v on v.id = g.venue_id
       where v.name = 'Esalen Institute' and g.kind = 'retreat' and g.starts_at > now()`);
    assert.equal(esalen?.n, 1);
    assert.equal(
      await number(sql`select count(*) as n from gatherings
                        where kind = 'online_meeting' and starts_at > now()
                          and attendee_list = 'confirmed_attendees' and online_url is not null`),
      1,
    );
    // Consented speakers of public tier make a public list possible at all.
    assert.ok(
      (await number(sql`
        select count(*) as n from gatherings g
          join venues v on v.id = g.venue_id
          join gathering_invitations i on i.gathering_id = g.id
          join people p on p.id = i.person_id
         where g.public and g.attendee_list = 'public_consented' and g.starts_at > now()
           and v.country <> 'US' and i.state = 'accepted' and i.list_consent
           and p.tier = 'public'`)) > 0,
    );
  });

  test('answers in every state, sides balanced, and no answer link issued', async () => {
    const states = await rows<{ state: string }>(
      sql`select distinct state from gathering_invitations`,
    );
    assert.deepEqual(states.map((row) => row.state).sort(), [
      'accepted',
      'cancelled',
      'declined',
      'invited',
      'listed',
      'maybe',
      'waitlisted',
    ]);
    assert.equal(
      await number(sql`select count(*) as n from gathering_invitations
                        where answer_token_hash is not null or answer_token_expires_at is not null`),
      0,
    );
    // Every gathering with sides invites people of both.
    const unbalanced = await rows<{ title: string }>(sql`
      select g.title from gatherings g where g.sides is not null and exists (
        select 1 from jsonb_array_elements_text(g.sides) as side(code)
         where not exists (
           select 1 from gathering_invitations i join people p on p.id = i.person_id
            where i.gathering_id = g.id
              and (p.residence = side.code or p.citizenships @> jsonb_build_array(side.code))))`);
    assert.deepEqual(unbalanced, []);
  });

  test('a full gathering has a waitlist in the order people asked', async () => {
    const [full] = await rows<{ id: string; capacity: number; accepted: number }>(sql`
      select g.id, g.capacity,
             (select count(*)::int from gathering_invitations i
               where i.gathering_id = g.id and i.state = 'accepted') as accepted
        from gatherings g
       where g.starts_at > now() and exists (
         select 1 from gathering_invitations i where i.gathering_id = g.id and i.state = 'waitlisted')`);
    assert.ok(full, 'an upcoming gathering has a waitlist');
    const waitlist = await rows<{ waitlisted_at: Date | string | null; answered_at: unknown }>(sql`
      select waitlisted_at, answered_at from gathering_invitations
       where gathering_id = ${full.id} and state = 'waitlisted' order by waitlisted_at`);
    assert.ok(full.capacity < full.accepted + waitlist.length);
    assert.ok(full.accepted <= full.capacity);
    assert.ok(waitlist.length >= 2);
    const times = waitlist.map((row) => new Date(row.waitlisted_at as string).getTime());
    assert.ok(times.every((time) => Number.isFinite(time)));
    assert.equal(new Set(times).size, times.length, 'no two at the same moment');
    const [lastAccepted] = await rows<{ at: string }>(sql`
      select max(answered_at) as at from gathering_invitations
       where gathering_id = ${full.id} and state = 'accepted'`);
    assert.ok(new Date(lastAccepted?.at as string).getTime() < (times[0] as number));
  });

  test('held gatherings have attendance, or only a count in no-record mode', async () => {
    const held = await rows<{ recorded: number; anonymous: number; no_record: boolean }>(sql`
      select (select count(*)::int from gathering_attendance a where a.gathering_id = g.id)
               as recorded,
             g.anonymous_check_ins as anonymous, g.no_record_check_in as no_record
        from gatherings g where g.status in ('held', 'archived')`);
    assert.ok(held.length >= 5);
    const noRecord = held.filter((row) => row.no_record);
    assert.equal(noRecord.length, 1);
    assert.equal(noRecord[0]?.recorded, 0);
    assert.ok((noRecord[0]?.anonymous ?? 0) > 0);
    for (const row of held.filter((row) => !row.no_record)) {
      assert.ok(row.recorded > 0);
      assert.equal(row.anonymous, 0);
    }
    assert.equal(
      await number(sql`select count(*) as n from gathering_attendance a
                        join gatherings g on g.id = a.gathering_id where g.starts_at > now()`),
      0,
    );
    // Only those who accepted were checked in.
    assert.equal(
      await number(sql`select count(*) as n from gathering_attendance a
                        left join gathering_invitations i
                          on i.gathering_id = a.gathering_id and i.person_id = a.person_id
                       where i.state is distinct from 'accepted'`),
      0,
    );
  });

  test('agendas have rooms, interpretation and facilitators', async () => {
    assert.ok(
      (await number(sql`select count(*) as n from gathering_sessions
                         where interpretation = 'Russian-English consecutive' and room <> ''`)) > 0,
    );
    assert.ok((await number(sql`select count(*) as n from gathering_session_facilitators`)) > 0);
    assert.equal(
      await number(sql`select count(*) as n from gathering_sessions s
                        join gatherings g on g.id = s.gathering_id
                       where s.starts_at < g.starts_at or s.ends_at > g.ends_at
                          or s.ends_at <= s.starts_at`),
      0,
    );
  });

  test('outcomes: a One Network project and ties between people who were there', async () => {
    const [prize] = await rows<{ people: number }>(sql`
      select count(op.person_id)::int as people from gathering_outcomes o
        join projects p on p.id = o.project_id
        join gathering_outcome_people op on op.outcome_id = o.id
       where p.slug = 'journalism-prize'`);
    assert.ok((prize?.people ?? 0) > 0);
    const ties = await rows<{ people: number }>(sql`
      select count(op.person_id)::int as people from gathering_outcomes o
        join gathering_outcome_people op on op.outcome_id = o.id
       where o.kind = 'tie' group by o.id`);
    assert.ok(ties.length >= 2);
    assert.ok(ties.every((tie) => tie.people === 2));
  });

  test('notes name nobody who came', async () => {
    const notes = await rows<{ body: string; names: string[] }>(sql`
      select n.body, (select coalesce(json_agg(p.display_name), '[]'::json)
                             from gathering_attendance a join people p on p.id = a.person_id
                            where a.gathering_id = n.gathering_id) as names
        from gathering_notes n`);
    assert.ok(notes.length > 0);
    for (const note of notes) {
      for (const name of note.names) assert.ok(!note.body.includes(name), 'a note names someone');
    }
  });

  test('logistics are sealed: the stored bytes hold nothing in clear', async () => {
    const sealed = await rows<{ sealed: Uint8Array; needs_visa_letter: boolean }>(sql`
      select sealed, needs_visa_letter from gathering_logistics`);
    assert.ok(sealed.length > 0);
    for (const row of sealed) {
      const bytes = Buffer.from(row.sealed);
      const logistics = JSON.parse(unseal(encryptionKey, bytes));
      assert.equal(logistics.needsVisaLetter, row.needs_visa_letter);
      for (const clear of [logistics.emergencyContactName, logistics.emergencyContactPhone]) {
        assert.ok(clear.length > 0);
        assert.equal(bytes.includes(Buffer.from(clear)), false);
      }
      assert.equal(bytes.includes(Buffer.from('emergency')), false);
    }
  });

  test('the road closure is tied to Esalen; a country advisory is not a banner', async () => {
    const [road] = await rows<{ name: string }>(sql`
      select v.name from notices n join venues v on v.id = n.venue_id
        join notice_texts t on t.notice_id = n.id
       where t.locale = 'en' and t.message like '%Highway 1%' and n.site_banner`);
    assert.equal(road?.name, 'Esalen Institute');
    const advisories = await rows<{ texts: number }>(sql`
      select (select count(*)::int from notice_texts t where t.notice_id = n.id) as texts
        from notices n join venues v on v.country = n.country
        join gatherings g on g.venue_id = v.id and g.starts_at > now()
       where not n.site_banner and n.ends_at > now() and n.starts_at < g.ends_at`);
    assert.ok(advisories.length > 0);
    assert.equal(advisories[0]?.texts, 3);
  });
});
