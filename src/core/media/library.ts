// Reading and describing stored images: the bytes of one variant for the media route, and the
// list and details the editors' media page shows. Ids reaching here are checked UUIDs.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { media, mediaVariants } from './tables.ts';
import type { VariantFormat } from './variants.ts';

export interface MediaSummary {
  id: string;
  width: number;
  height: number;
  altText: string;
  createdAt: Date;
  /** All variants together, in bytes: what the image costs the database. */
  storedBytes: number;
}

export async function readVariant(
  db: Db,
  mediaId: string,
  width: number,
  format: VariantFormat,
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ bytes: mediaVariants.bytes })
    .from(mediaVariants)
    .where(
      and(
        eq(mediaVariants.mediaId, mediaId),
        eq(mediaVariants.width, width),
        eq(mediaVariants.format, format),
      ),
    );
  return row?.bytes;
}

const summaryColumns = {
  id: media.id,
  width: media.width,
  height: media.height,
  altText: media.altText,
  createdAt: media.createdAt,
  storedBytes: sql<number>`(select coalesce(sum(octet_length(${mediaVariants.bytes})), 0)::int
    from ${mediaVariants} where ${mediaVariants.mediaId} = ${media.id})`.mapWith(Number),
};

/** Newest first, one page at a time. */
export async function listMedia(
  db: Db,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: MediaSummary[]; total: number }> {
  const [items, totals] = await Promise.all([
    db
      .select(summaryColumns)
      .from(media)
      .orderBy(desc(media.createdAt), desc(media.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(media),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function findMedia(db: Db, mediaId: string): Promise<MediaSummary | undefined> {
  const [row] = await db.select(summaryColumns).from(media).where(eq(media.id, mediaId));
  return row;
}

/** Changes the alternative text given at upload; audited. False when there is no such image. */
export async function setAltText(
  db: Db,
  mediaId: string,
  altText: string,
  context: { actor: Viewer; requestId?: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(media)
      .set({ altText })
      .where(eq(media.id, mediaId))
      .returning({ id: media.id });
    if (changed.length === 0) return false;
    await recordAudit(tx, {
      action: 'media.alt_text_changed',
      actor: context.actor,
      subject: { kind: 'media', id: mediaId },
      requestId: context.requestId,
    });
    return true;
  });
}
