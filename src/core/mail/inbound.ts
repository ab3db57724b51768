// The inbound SMTP listener: it receives mail for our own domains (as the MX, or behind one) and
// keeps every message before it says 250, so a message the sender counts as delivered is never
// lost. Handling happens after the answer; see inbound-dispatch.ts.
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../db/client.ts';
import { dispatchInbound } from './inbound-dispatch.ts';
import type { InboundEnvelope, InboundHandlers } from './inbound-handlers.ts';
import { listen } from './listen.ts';
import { inboundMessages } from './tables.ts';

export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface InboundServerOptions {
  host: string;
  /** 0 picks a free port; the returned `port` is the real one. */
  port: number;
  db: Db;
  handlers: InboundHandlers;
  logger?: Logger;
  /** Larger messages are refused with 552. Default 25 MB, the common limit among providers. */
  maxMessageBytes?: number;
}

export interface InboundServer {
  port: number;
  /** Stops listening, then waits for the messages already stored to be dispatched. */
  close(): Promise<void>;
}

class SmtpReplyError extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startInboundServer(options: InboundServerOptions): Promise<InboundServer> {
  const { db, handlers, logger } = options;
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const dispatching = new Set<Promise<unknown>>();

  const server = new SMTPServer({
    // Anyone may hand us mail for our domains, as for any MX: there is nothing to sign in to.
    authOptional: true,
    // STARTTLS is off because no TLS key is configured for the listener yet. Without one,
    // smtp-server would offer STARTTLS with its bundled test key, which is public and so
    // protects nothing; for now TLS belongs to the MX in front of us.
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxMessageBytes,
    // Refuse an oversize message with 552 whatever onData answers.
    rejectOversized: true,
    banner: 'tracktwo inbound mail',
    // smtp-server's own log would carry envelope addresses.
    logger: false,
    closeTimeout: 5000,
    onData(stream, session, callback) {
      readLimited(stream, maxMessageBytes)
        .then(async (raw) => {
          if (stream.sizeExceeded) {
            throw new SmtpReplyError(552, 'Error: message exceeds the size limit');
          }
          const envelope: InboundEnvelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          };
          const id = await storeInbound(db, raw, envelope);
          logger?.info({ inboundId: id, state: 'received' }, 'inbound message');
          callback(null, `OK: kept as ${id}`);
          const dispatch = dispatchInbound({ db, handlers, logger }, { id, raw, envelope })
            .catch((error: unknown) => {
              // The row stays 'received' and is picked up by dispatchPendingInbound later.
              logger?.error({ inboundId: id, err: errorName(error) }, 'inbound dispatch failed');
            })
            .finally(() => dispatching.delete(dispatch));
          dispatching.add(dispatch);
        })
        .catch((error: unknown) => {
          if (error instanceof SmtpReplyError) return callback(error);
          logger?.error({ err: errorName(error) }, 'inbound message could not be stored');
          // A temporary failure: the sender keeps the message and tries again later.
          callback(new SmtpReplyError(451, 'Error: cannot store the message now, try again later'));
        });
    },
  });
  server.on('error', (error) => logger?.error({ err: errorName(error) }, 'inbound SMTP error'));

  const port = await listen(server, options.port, options.host);
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled(dispatching);
    },
  };
}

/** Reads the whole message, but keeps none of it once it passes the limit (the rest is drained). */
async function readLimited(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stream) {
    if (received > limit) continue;
    const buffer = chunk as Buffer;
    received += buffer.length;
    if (received > limit) chunks.length = 0;
    else chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function storeInbound(db: Db, raw: Buffer, envelope: InboundEnvelope): Promise<string> {
  const [row] = await db
    .insert(inboundMessages)
    .values({ envelopeFrom: envelope.from, envelopeTo: envelope.to, raw })
    .returning({ id: inboundMessages.id });
  if (!row) throw new Error('The inbound message was not stored.');
  return row.id;
}

// Only the kind of error goes to the log: messages of database and parser errors can quote data.
function errorName(error: unknown): string {
  return error instanceof Error
    ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}`
    : 'unknown';
}
