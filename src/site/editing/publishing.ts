// The editing commands pages and articles share, one per intent, each in one transaction with
// its audit event (ids only). Routes call them through site/pages/commands.ts and
// site/articles/commands.ts, which name the kind.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { actingAccount, authorizeEditing, type EditingContext, EditRefused } from './context.ts';
import {
  assertSlugFree,
  type DraftContent,
  type EditableItem,
  type EditableKind,
  findEditable,
  findRevision,
  latestRevisionId,
  translationKeyFor,
  writeDraft,
} from './editable.ts';

interface Target {
  context: EditingContext;
  kind: EditableKind;
  id: string;
}

export interface NewDraft extends DraftContent {
  locale: Locale;
  slug: string;
  /** An item in another language this one translates: the new one joins its translations. */
  translationOf?: string;
}

/** Loads the item inside the transaction, or refuses like a missing page. */
async function load(db: Db, kind: EditableKind, id: string): Promise<EditableItem> {
  const item = await findEditable(db, kind, id);
  if (!item) throw new EditRefused('form', 'edit.missing');
  return item;
}

async function audit(
  db: Db,
  { context, kind, id }: Target,
  what: string,
  details?: Record<string, unknown>,
) {
  await recordAudit(db, {
    action: `${kind.subject}.${what}`,
    actor: context.actor,
    subject: { kind: kind.subject, id },
    details,
    requestId: context.requestId,
  });
}

/** A new draft (never published) with its first revision; returns its id. */
export async function createDraft(input: {
  context: EditingContext;
  kind: EditableKind;
  draft: NewDraft;
  /** Lets a kind save what belongs to it (an article's tags) in the same transaction. */
  alsoInTransaction?: (db: Db, createdId: string) => Promise<void>;
}): Promise<string> {
  const { context, kind, draft } = input;
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await assertSlugFree(tx, kind, draft);
    const translationKey = await translationKeyFor(tx, kind, draft);
    const [created] = await tx
      .insert(kind.items)
      .values({
        locale: draft.locale,
        slug: draft.slug,
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
        ...(translationKey ? { translationKey } : {}),
      })
      .returning({ id: kind.items.id });
    if (!created) throw new Error(`The ${kind.subject} was not created.`);
    await input.alsoInTransaction?.(tx, created.id);
    const revisionId = await kind.appendRevision(
      tx,
      created.id,
      draft,
      actingAccount(context.actor),
    );
    await audit(tx, { context, kind, id: created.id }, 'created', {
      locale: draft.locale,
      revisionId,
      translationOf: draft.translationOf ?? null,
    });
    return created.id;
  });
}

/** Saves the draft (and a new slug, if it changed) and appends a revision; returns its id.
 * `alsoInTransaction` lets a kind save what belongs to it in the same transaction. */
export async function saveDraft(
  input: Target & {
    draft: DraftContent & { slug: string };
    alsoInTransaction?: (db: Db) => Promise<void>;
  },
): Promise<number> {
  const { context, kind, id, draft } = input;
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    const item = await load(tx, kind, id);
    if (draft.slug !== item.slug) {
      await assertSlugFree(tx, kind, { locale: item.locale, slug: draft.slug, exceptId: id });
      await tx.update(kind.items).set({ slug: draft.slug }).where(eq(kind.items.id, id));
    }
    await input.alsoInTransaction?.(tx);
    const revisionId = await writeDraft(tx, kind, id, draft, actingAccount(context.actor));
    await audit(tx, input, 'draft_saved', { revisionId });
    return revisionId;
  });
}

function isPublic(item: EditableItem, now: Date): boolean {
  return item.publishedRevisionId !== null && item.publishAt !== null && item.publishAt <= now;
}

/** Publishes the draft as last saved, now. Publishing over a public item keeps its first date
 * (an article then shows as updated). */
export async function publishNow(input: Target): Promise<void> {
  const { context, kind, id } = input;
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const item = await load(tx, kind, id);
    const now = new Date();
    const revisionId = await latestRevisionId(tx, kind, id);
    const republished = item.publishAt !== null && item.publishAt <= now;
    await tx
      .update(kind.items)
      .set({ publishedRevisionId: revisionId, publishAt: republished ? item.publishAt : now })
      .where(eq(kind.items.id, id));
    await kind.markRevised?.(tx, id, republished ? now : null);
    await audit(tx, input, 'published', { revisionId });
  });
}

/** Publishes the draft as last saved from a future moment. Refused for an item the public sees
 * now: that would take it off the site until then. */
export async function schedulePublishing(input: Target & { publishAt: Date }): Promise<void> {
  const { context, kind, id, publishAt } = input;
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const item = await load(tx, kind, id);
    const now = new Date();
    if (Number.isNaN(publishAt.getTime())) throw new EditRefused('publishAt', 'edit.momentFormat');
    if (publishAt <= now) throw new EditRefused('publishAt', 'edit.momentPast');
    if (isPublic(item, now)) throw new EditRefused('publishAt', 'edit.scheduleWhilePublic');
    const revisionId = await latestRevisionId(tx, kind, id);
    await tx
      .update(kind.items)
      .set({ publishedRevisionId: revisionId, publishAt })
      .where(eq(kind.items.id, id));
    await kind.markRevised?.(tx, id, null);
    await audit(tx, input, 'scheduled', { revisionId, publishAt: publishAt.toISOString() });
  });
}

/** Takes the item off the public site (or cancels its schedule); the draft stays. The first
 * publication date stays too, so publishing again keeps an article's date. */
export async function unpublish(input: Target): Promise<void> {
  const { context, kind, id } = input;
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const item = await load(tx, kind, id);
    const stillFuture = item.publishAt !== null && item.publishAt > new Date();
    await tx
      .update(kind.items)
      .set({ publishedRevisionId: null, ...(stillFuture ? { publishAt: null } : {}) })
      .where(eq(kind.items.id, id));
    await audit(tx, input, 'unpublished');
  });
}

/** Copies an earlier revision into the draft, as a new revision; publishing stays a separate
 * step. Returns the new revision's id. */
export async function restoreRevision(input: Target & { revisionId: number }): Promise<number> {
  const { context, kind, id, revisionId } = input;
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await load(tx, kind, id);
    const revision = await findRevision(tx, kind, id, revisionId);
    if (!revision) throw new EditRefused('form', 'edit.missing');
    const { title, summary, body } = revision;
    const restored = await writeDraft(
      tx,
      kind,
      id,
      { title, summary, body },
      actingAccount(context.actor),
    );
    await audit(tx, input, 'revision_restored', { revisionId, restoredAs: restored });
    return restored;
  });
}
