// What every gathering command is given: the database (or a transaction), who acts, and the
// request, for the audit log.
import type { Db } from '../../core/db/client.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';

export interface GatheringCommandContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}
