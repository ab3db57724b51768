// Who among staff may change people and organizations. Seeing is the privacy gate's business;
// this file only says who may act. `authorize()` throws a 404, never a 403: a page that refuses
// someone should not confirm to them that the record exists.
import { HTTPException } from 'hono/http-exception';
import { hasRole, isStaff, type Viewer } from '../core/privacy/viewer.ts';
import type { Tier } from './tables.ts';

export type PeopleAction = 'list' | 'edit' | 'archive' | 'merge' | 'changeProtectedTier' | 'erase';

export function can(viewer: Viewer, action: PeopleAction): boolean {
  const administrator = hasRole(viewer, 'administrator');
  const editor = administrator || hasRole(viewer, 'coordinator');
  switch (action) {
    case 'list':
      return isStaff(viewer);
    case 'edit':
    case 'archive':
    case 'merge':
      return editor;
    case 'erase':
      // Carrying out a person's request to be erased cannot be undone: administrators only.
      return administrator;
    case 'changeProtectedTier':
      // Putting someone in or out of protection decides who may learn how to reach them.
      return editor && (administrator || protectedClearance(viewer));
  }
}

/** Whether moving a person from one tier to another is within this viewer's rights. */
export function canChangeTier(viewer: Viewer, from: Tier, to: Tier): boolean {
  if (from === to) return true;
  if (from === 'protected' || to === 'protected') return can(viewer, 'changeProtectedTier');
  return can(viewer, 'edit');
}

export function authorize(viewer: Viewer, action: PeopleAction): void {
  if (!can(viewer, action)) throw new HTTPException(404);
}

export type PeoplePermissions = Record<PeopleAction, boolean>;

/** Precomputed for views, which never call the policy themselves. */
export function permissionsOf(viewer: Viewer): PeoplePermissions {
  return {
    list: can(viewer, 'list'),
    edit: can(viewer, 'edit'),
    archive: can(viewer, 'archive'),
    merge: can(viewer, 'merge'),
    changeProtectedTier: can(viewer, 'changeProtectedTier'),
    erase: can(viewer, 'erase'),
  };
}

function protectedClearance(viewer: Viewer): boolean {
  return viewer.kind === 'account' && viewer.protectedClearance;
}
