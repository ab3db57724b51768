// What every editing command is given, who may edit, and the one way commands refuse: an
// EditRefused names the form field at fault and a catalog key, so routes show it on the form.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../../core/db/client.ts';
import type { MessageKey } from '../../core/i18n/i18n.ts';
import { hasRole, type Viewer } from '../../core/privacy/viewer.ts';
import type { AppEnv } from '../../core/web/context.ts';

export interface EditingContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}

export function editingContext(c: Context<AppEnv>): EditingContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

/** Editors write the public site. Anyone else gets the same 404 as for a missing page. */
export function authorizeEditing(actor: Viewer): void {
  if (!hasRole(actor, 'editor')) throw new HTTPException(404);
}

/** A command that changed nothing, and why, in words for the form. */
export class EditRefused extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
  ) {
    super(`Refused: ${key} (${field})`);
    this.name = 'EditRefused';
  }
}

/** The account id to record as a revision's author, if an account acted. */
export function actingAccount(actor: Viewer): string | null {
  return actor.kind === 'account' ? actor.accountId : null;
}
