// "Turn into a resource": a reply that brings news becomes a newsletter resource, its title and
// summary prefilled from the reply and edited by staff before saving.
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { newsletterTopic, resources, sourceLabel } from '../tables.ts';

export const resourceFromReplySchema = z.object({
  title: z.string().trim().min(1, 'form.required').max(300, 'form.tooLong'),
  summary: z.string().trim().max(2000, 'form.tooLong'),
  url: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), 'replies.resource.badUrl'),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'replies.resource.badLanguage'),
  topic: z.enum(newsletterTopic.enumValues, 'form.required'),
  sourceLabel: z.enum(sourceLabel.enumValues, 'form.required'),
});
export type ResourceFromReply = z.output<typeof resourceFromReplySchema>;

/** What the form starts with: the reply's first line as the title, its text as the summary. */
export function prefillFromReply(body: string): Record<string, string> {
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
  return {
    title: firstLine.trim().slice(0, 300),
    summary: body.slice(0, 2000),
    url: /https?:\/\/[^\s<>()"]+/i.exec(body)?.[0] ?? '',
    language: '',
    topic: 'other',
    sourceLabel: 'independent',
  };
}

export async function createResourceFromReply(
  db: Db,
  input: ResourceFromReply,
  createdBy: string,
): Promise<void> {
  await db.insert(resources).values({ ...input, createdBy });
}
