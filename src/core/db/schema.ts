// Every table of every capability, in one object: Drizzle's relational queries and drizzle-kit
// read it. A capability adds its tables.ts here.

export * from '../../accounts/tables.ts';
export * from '../../gatherings/tables.ts';
export * from '../../newsletter/tables.ts';
export * from '../../people/tables.ts';
export * from '../../site/articles/tables.ts';
export * from '../../site/notices/tables.ts';
export * from '../../site/pages/tables.ts';
export * from '../../site/tables.ts';
export * from '../../site/timeline/tables.ts';
export * from '../audit/tables.ts';
export * from '../jobs/tables.ts';
export * from '../mail/tables.ts';
export * from '../media/tables.ts';
export * from '../rate-limit/tables.ts';
export { changeCounters } from './change-counters.ts';
