// Capabilities that take incoming mail (newsletter replies, bounces...) register a handler here.
// The listener stores every message first, then offers it to the handlers in the order they
// were registered: the first one that accepts it handles it.
import type { ParsedMail } from 'mailparser';
import type { Db } from '../db/client.ts';

/** The SMTP envelope: `from` is '' for the null sender, which is how bounces arrive. */
export interface InboundEnvelope {
  from: string;
  to: string[];
}

export interface InboundContext {
  db: Db;
  /** The row in inbound_messages, for a handler that wants to refer back to the original. */
  inboundId: string;
}

export interface InboundHandler {
  /** Short and stable: it is stored with every message the handler took. */
  name: string;
  accepts(message: ParsedMail, envelope: InboundEnvelope): boolean;
  handle(message: ParsedMail, envelope: InboundEnvelope, context: InboundContext): Promise<void>;
}

export class InboundHandlers {
  readonly #handlers: InboundHandler[] = [];

  register(handler: InboundHandler): void {
    if (this.#handlers.some((registered) => registered.name === handler.name)) {
      throw new Error(`An inbound handler named "${handler.name}" is already registered.`);
    }
    this.#handlers.push(handler);
  }

  /** The first registered handler that accepts the message, if any. */
  find(message: ParsedMail, envelope: InboundEnvelope): InboundHandler | undefined {
    return this.#handlers.find((handler) => handler.accepts(message, envelope));
  }
}
