import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';

/** Listens and answers the real port (the one the system chose when asked for port 0). */
export function listen(server: SMTPServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });
}
