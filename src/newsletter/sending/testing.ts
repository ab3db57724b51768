// For sending tests, the crash test and the benchmark: an issue with resources and active
// subscribers, and a loopback SMTP server that can refuse chosen recipients like a real one.
import { SMTPServer } from 'smtp-server';
import type { Db } from '../../core/db/client.ts';
import { listen } from '../../core/mail/listen.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import { issueItems, newsletterIssues, resources, subscribers } from '../tables.ts';

const cyrillicSummary =
  'Независимые журналисты собрали свидетельства о положении мирных жителей, переговорах и гуманитарных коридорах. ';

/** An issue of `items` resources with Cyrillic summaries (about 30 KB of HTML for 40). */
export async function addIssue(db: Db, number: number, items = 40): Promise<string> {
  const [issue] = await db
    .insert(newsletterIssues)
    .values({ number, title: `Неделя ${number}`, editorNote: cyrillicSummary.repeat(3) })
    .returning({ id: newsletterIssues.id });
  const issueId = issue?.id as string;
  const rows = await db
    .insert(resources)
    .values(
      Array.from({ length: items }, (_, index) => ({
        url: `https://news.example.org/${number}/${index}`,
        title: `Материал ${index}: хроника недели`,
        outlet: 'Медиазона',
        language: 'ru',
        topic: 'russia_ukraine_war' as const,
        summary: cyrillicSummary.repeat(3),
        sourceLabel: 'independent' as const,
      })),
    )
    .returning({ id: resources.id });
  await db
    .insert(issueItems)
    .values(rows.map((row, position) => ({ issueId, resourceId: row.id, position })));
  return issueId;
}

/** Active subscribers with addresses `<prefix><n>@example.org`; returns their subscriber ids. */
export async function addSubscribers(
  db: Db,
  key: Buffer,
  count: number,
  prefix = 'reader',
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const personId = await addPerson(db, key, {
      displayName: `Читатель ${n}`,
      languages: ['ru'],
      email: `${prefix}${n}@example.org`,
    });
    const [row] = await db
      .insert(subscribers)
      .values({ personId, status: 'active' })
      .returning({ id: subscribers.id });
    ids.push(row?.id as string);
  }
  return ids;
}

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface ChoosySink {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * Accepts everything except: addresses starting "later" get 451 the first time, "never" get 550.
 * `keep: false` counts messages without keeping them (the benchmark).
 */
export async function startChoosySink(
  options: { keep?: boolean; onMessage?: (mail: Received) => void } = {},
): Promise<ChoosySink> {
  const received: Received[] = [];
  const refusedOnce = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const mailbox = address.address;
      if (mailbox.startsWith('never')) {
        return callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
      }
      if (mailbox.startsWith('later') && !refusedOnce.has(mailbox)) {
        refusedOnce.add(mailbox);
        return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
        };
        if (options.keep !== false) received.push(mail);
        options.onMessage?.(mail);
        callback();
      });
    },
  });
  // A sender killed mid-transaction resets its connection: a real server shrugs that off too.
  server.on('error', () => {});
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
