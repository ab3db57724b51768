import type { enConvening } from './en-convening.ts';

export const ruConvening: Record<keyof typeof enConvening, string> = {};
