// For tests: a real SMTP server on loopback that keeps what it receives (before answering 250),
// so that sending code is tested over the wire rather than against a mock.
import { SMTPServer } from 'smtp-server';
import { listen } from './listen.ts';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** The most connections that were open at the same moment. */
  peakConnections: number;
  /** How many connections were opened in all. */
  connectionCount: number;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let open = 0;
  const sink: SmtpSink = {
    port: 0,
    url: '',
    received,
    peakConnections: 0,
    connectionCount: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onConnect(_session, callback) {
      open += 1;
      sink.connectionCount += 1;
      sink.peakConnections = Math.max(sink.peakConnections, open);
      callback();
    },
    onClose() {
      open -= 1;
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          },
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  sink.port = await listen(server, 0, '127.0.0.1');
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}
