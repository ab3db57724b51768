// What the attendee privacy test (attendee-privacy.test.ts) builds on: the real app with its log
// captured, people whose every identifying mark is unique (so a leak is found wherever it shows),
// the outbox read back as a mail client would, and the job workers run until what is due is done.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { and, inArray, lte } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { jobs } from '../core/jobs/tables.ts';
import { waitFor } from '../core/jobs/testing.ts';
import { startWorkers } from '../core/jobs/worker.ts';
import { outbox } from '../core/mail/tables.ts';
import { buildTestApp, type TestApp } from '../core/web/testing.ts';
import { replaceContacts } from '../people/contacts.ts';
import { people, type Tier } from '../people/tables.ts';
import type { AnswerChoice } from './answers/answers.ts';

export interface PrivacyPerson {
  id: string;
  name: string;
  pseudonym: string;
  email: string;
  tier: Tier;
  /** Consents to a public attendee list when accepting. */
  consents: boolean;
  /** How this person answers every invitation. */
  answer: AnswerChoice;
  /** Given with the logistics on accepting. */
  dietary: string;
  kin: string;
}

export interface PrivacyFixture {
  t: TestApp;
  logLines: string[];
  people: PrivacyPerson[];
  /** Every answer token that reached an e-mail: none may reach a log. */
  tokens: Set<string>;
}

export async function openPrivacyFixture(): Promise<PrivacyFixture> {
  const logLines: string[] = [];
  const t = await buildTestApp({ logTo: { write: (line: string) => void logLines.push(line) } });
  return { t, logLines, people: [], tokens: new Set() };
}

export async function addPrivacyPerson(
  fixture: PrivacyFixture,
  tier: Tier,
  consents: boolean,
  answer: AnswerChoice,
): Promise<PrivacyPerson> {
  const mark = randomBytes(4).toString('hex');
  const person: PrivacyPerson = {
    id: '',
    name: `Attendeename${mark}`,
    pseudonym: `Attendeepseudo${mark}`,
    email: `attendee-${mark}@example.org`,
    tier,
    consents,
    answer,
    dietary: `Dietmark${mark}`,
    kin: `Kinname${mark}`,
  };
  const { db } = fixture.t.database;
  const [row] = await db
    .insert(people)
    .values({ displayName: person.name, pseudonym: person.pseudonym, tier })
    .returning({ id: people.id });
  assert.ok(row);
  person.id = row.id;
  await replaceContacts(
    db,
    fixture.t.deps.config.encryptionKey,
    person.id,
    [{ kind: 'email', value: person.email }],
    tier === 'protected',
  );
  fixture.people.push(person);
  return person;
}

/** Runs the real workers until every job due now is done (reminders wait for their day). */
export async function runDueJobs({ t }: PrivacyFixture): Promise<void> {
  const { db, handlers } = t.deps;
  const workers = startWorkers({ db, handlers: handlers.jobs, concurrency: 2, pollMs: 10 });
  try {
    await waitFor('the due jobs to be done', async () => {
      const open = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(inArray(jobs.state, ['queued', 'running']), lte(jobs.runAt, new Date())));
      return open.length === 0 ? true : undefined;
    });
  } finally {
    await workers.stop();
  }
}

export interface Mail {
  /** The SMTP envelope's recipients. */
  recipients: string[];
  /** The addresses in To, Cc and Bcc. */
  addressed: string[];
  /** Every header and the decoded bodies, to search. */
  content: string;
}

export async function readOutbox({ t }: PrivacyFixture): Promise<Mail[]> {
  const rows = await t.database.db.select().from(outbox);
  return Promise.all(
    rows.map(async (row) => {
      const parsed = await simpleParser(row.raw);
      const addressed = [parsed.to, parsed.cc, parsed.bcc]
        .flatMap((field) => (field ? (Array.isArray(field) ? field : [field]) : []))
        .flatMap((field) => field.value.map((address) => address.address ?? ''));
      const headers = parsed.headerLines.map((line) => line.line).join('\n');
      const content = [headers, parsed.text ?? '', parsed.html || ''].join('\n');
      return { recipients: row.recipients, addressed, content };
    }),
  );
}

export function answerTokens(content: string): string[] {
  return [...content.matchAll(/\/answer\/([A-Za-z0-9_-]{20,})/g)].map((match) => match[1] ?? '');
}

/** The text of an uncompressed PDF written by pdfkit in a standard font (hex strings in TJ). */
export function pdfText(pdf: Buffer): string {
  const hexStrings = pdf.toString('latin1').match(/<([0-9a-f]+)>/gi) ?? [];
  return hexStrings.map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join('');
}
