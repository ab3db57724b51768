import type { enInvitations } from './en-invitations.ts';

export const heInvitations: Record<keyof typeof enInvitations, string> = {};
