// What every command of people and organizations is given: the database (or a transaction), the
// key that seals contact channels, who acts, and the request, for the audit log.
import type { Db } from '../../core/db/client.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';

export interface CommandContext {
  db: Db;
  encryptionKey: Buffer;
  actor: Viewer;
  requestId?: string;
}
