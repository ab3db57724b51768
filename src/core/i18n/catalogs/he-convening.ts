import type { enConvening } from './en-convening.ts';

export const heConvening: Record<keyof typeof enConvening, string> = {};
