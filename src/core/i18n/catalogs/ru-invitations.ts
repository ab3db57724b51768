import type { enInvitations } from './en-invitations.ts';

export const ruInvitations: Record<keyof typeof enInvitations, string> = {};
