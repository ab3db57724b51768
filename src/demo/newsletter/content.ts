// The shape of the demo newsletter's generated rows: one list per table, ready to insert, as for
// the people (../content.ts) and the site (../site/content.ts). Deliveries and reply messages
// carry no id: the database numbers them.
import type {
  deliveries,
  issueItems,
  newsletterIssues,
  replyMessages,
  replyThreads,
  resources,
  subscribers,
} from '../../newsletter/tables.ts';

/** The columns K of an insert type T, all required (nullable ones still accept null). */
type Row<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> };
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type DemoResource = Row<
  Insert<typeof resources>,
  | 'id'
  | 'url'
  | 'title'
  | 'outlet'
  | 'language'
  | 'publishedOn'
  | 'topic'
  | 'summary'
  | 'sourceLabel'
  | 'createdAt'
>;

export type DemoIssue = Row<
  Insert<typeof newsletterIssues>,
  | 'id'
  | 'number'
  | 'title'
  | 'editorNote'
  | 'status'
  | 'scheduledAt'
  | 'sentAt'
  | 'public'
  | 'createdAt'
  | 'updatedAt'
>;

export type DemoSubscriber = Row<
  Insert<typeof subscribers>,
  | 'id'
  | 'personId'
  | 'status'
  | 'topics'
  | 'languages'
  | 'softBounces'
  | 'confirmedAt'
  | 'statusChangedAt'
  | 'createdAt'
>;

export type DemoDelivery = Row<
  Insert<typeof deliveries>,
  'issueId' | 'subscriberId' | 'state' | 'attempts' | 'lastError' | 'messageId' | 'sentAt'
>;

export interface DemoNewsletter {
  resources: DemoResource[];
  issues: DemoIssue[];
  issueItems: Row<Insert<typeof issueItems>, 'issueId' | 'resourceId' | 'position'>[];
  subscribers: DemoSubscriber[];
  /** Only for the last few sent issues: see the generator. */
  deliveries: DemoDelivery[];
  replyThreads: Row<
    Insert<typeof replyThreads>,
    'id' | 'issueId' | 'personId' | 'tags' | 'createdAt' | 'updatedAt'
  >[];
  replyMessages: Row<Insert<typeof replyMessages>, 'threadId' | 'direction' | 'body' | 'at'>[];
}

/** How many rows of each newsletter table the demo holds, under names of their own (the site
 * and the gatherings have tables called notes and the like). */
export type DemoNewsletterSummary = {
  [K in keyof DemoNewsletter as `newsletter${Capitalize<K>}`]: number;
};

export function summarizeNewsletter(demo: DemoNewsletter): DemoNewsletterSummary {
  return {
    newsletterResources: demo.resources.length,
    newsletterIssues: demo.issues.length,
    newsletterIssueItems: demo.issueItems.length,
    newsletterSubscribers: demo.subscribers.length,
    newsletterDeliveries: demo.deliveries.length,
    newsletterReplyThreads: demo.replyThreads.length,
    newsletterReplyMessages: demo.replyMessages.length,
  };
}
