// Test data that is hard to carry through a backup, and an exact picture of a database to compare
// before and after. Shared by the library tests and the CLI tests.
import { sql } from 'drizzle-orm';
import { affiliations, contactChannels, organizations, people } from '../../people/tables.ts';
import { programs, projects } from '../../site/tables.ts';
import { jobs } from '../jobs/tables.ts';
import { inboundMessages, outbox } from '../mail/tables.ts';
import { listTables, qualifiedName, queryRows, readSequences } from './backup-catalog.ts';
import type { Database } from './client.ts';

/** Scripts, quotes, backslashes and dollar quotes, including the backup's own tags. */
export const awkwardTexts = [
  'Тетяна Толстая, Київ',
  'שלום, ירושלים',
  '🕊️ peace 👩🏽‍🔬 مرحبا',
  `O'Brien said "hello"`,
  'C:\\path\\to \\x00ff \\\\ \\n',
  'dollars $$ and $tt$ and $tt1$ and $1',
  'line one\nline two\r\nthree\tand a tab',
  '',
];

/** The tables fillEveryTable writes to; a restore must bring each of them back. */
export const filledTables = [
  'people',
  'contact_channels',
  'organizations',
  'affiliations',
  'programs',
  'projects',
  'outbox',
  'inbound_messages',
  'jobs',
];

export async function fillEveryTable(database: Database): Promise<void> {
  const { db } = database;
  const everyByte = Buffer.from(Array.from({ length: 256 }, (_, index) => index));
  const insertedPeople = await db
    .insert(people)
    .values([
      {
        displayName: awkwardTexts[0] as string,
        otherNames: ['Tatyana Tolstaya', 'Татьяна Толстая'],
        citizenships: ['UA'],
        languages: ['uk', 'ru'],
        fields: ['literature'],
        bio: awkwardTexts.join(' | '),
        tier: 'protected',
      },
      {
        displayName: awkwardTexts[1] as string,
        pseudonym: awkwardTexts[3],
        residence: 'PS',
        tier: 'network',
        archivedAt: new Date('2024-02-29T12:34:56.789Z'),
      },
      { displayName: awkwardTexts[5] as string, bio: awkwardTexts[4], tier: 'public' },
    ])
    .returning({ id: people.id });
  const [first, second, third] = insertedPeople.map((person) => person.id) as [
    string,
    string,
    string,
  ];
  await db.insert(contactChannels).values([
    { personId: first, kind: 'signal', value: '+380 00 000 0000', preferred: 1 },
    { personId: first, kind: 'email', value: 'writer@example.org' },
    { personId: second, kind: 'telegram', value: awkwardTexts[6] as string },
  ]);
  const [university] = await db
    .insert(organizations)
    .values([
      { name: awkwardTexts[2] as string, kind: 'university', country: 'IL' },
      { name: 'Esalen', kind: 'ngo', website: 'https://example.org/?a=1&b=$$' },
    ])
    .returning({ id: organizations.id });
  await db.insert(affiliations).values([
    { personId: first, organizationId: university?.id as string, role: 'писатель', fromYear: 1987 },
    { personId: third, organizationId: university?.id as string },
  ]);
  const [oceans] = await db
    .insert(programs)
    .values([
      { slug: 'oceans-22', name: 'Oceans 22', status: 'current', startYear: 2022 },
      {
        slug: 'spacebridges',
        name: 'Spacebridges',
        status: 'past',
        startYear: 1982,
        endYear: 1986,
      },
    ])
    .returning({ id: programs.id });
  await db
    .insert(projects)
    .values([
      { programId: oceans?.id as string, slug: 'antarctica', name: awkwardTexts[4] as string },
    ]);
  await db.insert(outbox).values([
    {
      messageId: '<one@localhost>',
      sender: 'office@example.org',
      recipients: ['a@example.org', 'b@example.org'],
      subject: awkwardTexts[2] as string,
      raw: everyByte,
    },
  ]);
  await db.insert(inboundMessages).values([
    {
      envelopeFrom: 'reader@example.org',
      envelopeTo: ['replies@example.org'],
      raw: Buffer.concat([everyByte, Buffer.from(awkwardTexts.join('\n'))]),
      state: 'handled',
      handler: 'newsletter-reply',
      handledAt: new Date(),
    },
  ]);
  await db.insert(jobs).values([
    { queue: 'mail', payload: { to: awkwardTexts[0], nested: { list: [1, 2.5, null, '$$'] } } },
    { queue: 'mail', payload: 'a bare JSON string, not an object', state: 'succeeded' },
    { queue: 'import', payload: [awkwardTexts[6]], uniqueKey: 'import:1', attempts: 3 },
    { queue: 'import', payload: 42, lastError: awkwardTexts[3], state: 'failed' },
    { queue: 'mail', payload: {} },
  ]);
  // A gap at the end: the identity sequence stands past the highest id that remains.
  await db.execute(sql`delete from jobs where id = (select max(id) from jobs)`);
}

/** Every table's rows (as text the database writes, in UTC) and every sequence's position. */
export async function snapshot(database: Database): Promise<Record<string, string>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const picture: Record<string, string> = {};
    for (const table of await listTables(tx)) {
      const [result] = await queryRows<{ rows: string }>(
        tx,
        sql`select coalesce(json_agg(r order by r::text), '[]')::text as rows
            from (select to_json(t.*) as r from ${sql.raw(qualifiedName(table.name))} t) s`,
      );
      picture[table.name] = result?.rows ?? '';
    }
    for (const sequence of await readSequences(tx)) {
      picture[`sequence ${sequence.name}`] = `${sequence.lastValue} ${sequence.isCalled}`;
    }
    return picture;
  });
}
