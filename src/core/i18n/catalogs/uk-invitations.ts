import type { enInvitations } from './en-invitations.ts';

export const ukInvitations: Record<keyof typeof enInvitations, string> = {};
