import type { enConvening } from './en-convening.ts';

export const ukConvening: Record<keyof typeof enConvening, string> = {};
