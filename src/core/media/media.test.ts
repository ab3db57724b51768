// importImage on real image files made by sharp: what is kept (widths, formats, upright pixels)
// and what is not (camera metadata, GPS positions), and the files it refuses, storing nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { auditEvents } from '../audit/tables.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { ImageTooLargeError, importImage, maxUploadBytes, NotAnImageError } from './media.ts';
import { media, mediaVariants } from './tables.ts';
import {
  testAnimatedGif,
  testCameraMaker,
  testPhoto,
  testPngClaiming,
  testSvgWithScript,
  testTransparentPng,
} from './testing.ts';
import { keptWidths, widthLadder } from './variants.ts';

const editor: Viewer = {
  kind: 'account',
  accountId: '00000000-0000-4000-8000-00000000e417',
  personId: null,
  roles: ['editor'],
  protectedClearance: false,
};

async function variantsOf(database: Database, mediaId: string) {
  return database.db
    .select()
    .from(mediaVariants)
    .where(eq(mediaVariants.mediaId, mediaId))
    .orderBy(mediaVariants.width, mediaVariants.format);
}

/** The colour of one pixel, as [r, g, b]. */
async function pixelAt(image: Buffer, left: number, top: number): Promise<number[]> {
  const pixel = await sharp(image).extract({ left, top, width: 1, height: 1 }).raw().toBuffer();
  return [...pixel.subarray(0, 3)];
}

function assertCloseColour(actual: number[], expected: number[], what: string) {
  assert.ok(
    actual.every((value, index) => Math.abs(value - (expected[index] ?? 0)) < 40),
    `${what}: ${actual} is near ${expected}`,
  );
}

describe('the width ladder', () => {
  test('keeps the rungs below the image and the image width itself, up to the top rung', () => {
    assert.deepEqual(keptWidths(4000), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(keptWidths(1920), [320, 640, 960, 1280, 1920]);
    assert.deepEqual(keptWidths(1000), [320, 640, 960, 1000]);
    assert.deepEqual(keptWidths(640), [320, 640]);
    assert.deepEqual(keptWidths(200), [200]);
  });

  test('gives the same list again from the largest width it kept', () => {
    for (const width of [50, 320, 333, 700, 1919, 1920, 5000]) {
      const kept = keptWidths(width);
      assert.deepEqual(keptWidths(kept.at(-1) ?? 0), kept, `from ${width}`);
    }
  });
});

describe('importImage', () => {
  let database: Database;
  const stored = async () => ({
    media: (await database.db.select({ n: count() }).from(media))[0]?.n,
    variants: (await database.db.select({ n: count() }).from(mediaVariants))[0]?.n,
    audited: (
      await database.db
        .select({ n: count() })
        .from(auditEvents)
        .where(eq(auditEvents.action, 'media.uploaded'))
    )[0]?.n,
  });

  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('turns a phone photo upright and keeps none of its metadata', async () => {
    // Stored 1200×800, top red and bottom blue; orientation 6 turns it clockwise to view, so
    // upright it is 800×1200 with red on the right.
    const photo = await testPhoto({ width: 1200, height: 800, orientation: 6 });
    const original = await sharp(photo).metadata();
    assert.equal(original.orientation, 6);
    assert.ok(original.exif?.includes(testCameraMaker), 'the test photo names its camera');
    // The GPS directory's tag, 0x8825, in either byte order.
    const gpsTag = [Buffer.from([0x88, 0x25]), Buffer.from([0x25, 0x88])];
    assert.ok(
      gpsTag.some((tag) => original.exif?.includes(tag)),
      'and has a GPS directory',
    );

    const image = await importImage(database.db, photo, {
      altText: 'A red and blue flag',
      createdBy: editor,
      requestId: 'test-request',
    });
    assert.deepEqual({ width: image.width, height: image.height }, { width: 800, height: 1200 });

    const variants = await variantsOf(database, image.id);
    assert.deepEqual(
      variants.map((variant) => `${variant.width} ${variant.format}`),
      [320, 640, 800].flatMap((width) => ['avif', 'jpeg', 'webp'].map((f) => `${width} ${f}`)),
    );
    for (const variant of variants) {
      const what = `${variant.width}.${variant.format}`;
      const read = await sharp(variant.bytes).metadata();
      assert.equal(read.width, variant.width, what);
      assert.equal(read.height, variant.height, what);
      assert.equal(variant.height, variant.width * 1.5, what);
      assert.equal(read.exif, undefined, `${what} has no EXIF`);
      assert.equal(read.xmp, undefined, `${what} has no XMP`);
      assert.equal(read.orientation, undefined, `${what} needs no turning`);
      assert.ok(!variant.bytes.includes(testCameraMaker), `${what} does not name the camera`);
      assert.ok(!variant.bytes.includes('Exif\0\0'), `${what} has no EXIF block at all`);
      const middle = Math.floor(variant.height / 2);
      assertCloseColour(await pixelAt(variant.bytes, variant.width - 2, middle), [255, 0, 0], what);
      assertCloseColour(await pixelAt(variant.bytes, 1, middle), [0, 0, 255], what);
    }

    const [row] = await database.db.select().from(media).where(eq(media.id, image.id));
    assert.equal(row?.altText, 'A red and blue flag');
    assert.equal(row?.createdBy, editor.kind === 'account' ? editor.accountId : undefined);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, image.id));
    assert.equal(event?.action, 'media.uploaded');
    assert.equal(event?.subjectKind, 'media');
    assert.equal(event?.actorAccountId, row?.createdBy);
    assert.deepEqual(event?.details, {
      width: 800,
      height: 1200,
      sourceFormat: 'jpeg',
      requestId: 'test-request',
    });
  });

  test('keeps every rung of the ladder, never wider than the top, in the three formats', async () => {
    const image = await importImage(database.db, await testTransparentPng(2400, 1600), {
      altText: 'Green',
    });
    assert.deepEqual(image, { id: image.id, width: 1920, height: 1280 });
    const variants = await variantsOf(database, image.id);
    assert.equal(variants.length, widthLadder.length * 3);
    for (const variant of variants) {
      const read = await sharp(variant.bytes).metadata();
      const expected = variant.format === 'avif' ? 'heif' : variant.format;
      assert.equal(read.format, expected);
      if (variant.format === 'avif') assert.equal(read.compression, 'av1');
      // JPEG has no transparency: it is laid on white rather than on black.
      if (variant.format === 'jpeg') {
        assert.equal(read.hasAlpha, false);
        assertCloseColour(await pixelAt(variant.bytes, 5, 5), [128, 191, 128], 'on white');
      } else {
        assert.equal(read.hasAlpha, true, `${variant.width}.${variant.format} keeps its alpha`);
      }
    }
  });

  test('takes WebP, AVIF and small images as they are, and only the first frame of a GIF', async () => {
    const photo = await testPhoto({ width: 300, height: 200 });
    for (const bytes of [
      await sharp(photo).webp().toBuffer(),
      await sharp(photo).avif({ effort: 0 }).toBuffer(),
    ]) {
      const image = await importImage(database.db, bytes, { altText: 'Small' });
      assert.deepEqual([image.width, image.height], [300, 200]);
      assert.equal((await variantsOf(database, image.id)).length, 3);
    }
    const gif = await importImage(database.db, await testAnimatedGif(64, 48), { altText: 'Red' });
    assert.deepEqual([gif.width, gif.height], [64, 48]);
    for (const variant of await variantsOf(database, gif.id)) {
      assert.equal((await sharp(variant.bytes).metadata()).pages ?? 1, 1);
      assertCloseColour(await pixelAt(variant.bytes, 32, 24), [255, 0, 0], variant.format);
    }
  });

  test('refuses what is not an image, with a clear reason, and stores nothing', async () => {
    const before = await stored();
    const photo = await testPhoto({ width: 400, height: 300 });
    const refused: [string, Buffer, string][] = [
      ['a text file named .jpg', Buffer.from('Meeting notes, not a picture.\n'), 'unknownFormat'],
      ['an SVG with a script', testSvgWithScript, 'vector'],
      ['a truncated JPEG', photo.subarray(0, Math.floor(photo.length / 2)), 'damaged'],
      [
        'a JPEG start then noise',
        Buffer.concat([photo.subarray(0, 4), Buffer.alloc(500, 7)]),
        'damaged',
      ],
      ['an empty file', Buffer.alloc(0), 'unknownFormat'],
      ['a TIFF', await sharp(photo).tiff().toBuffer(), 'unknownFormat'],
    ];
    for (const [what, bytes, reason] of refused) {
      await assert.rejects(
        importImage(database.db, bytes, { altText: what }),
        (error: unknown) =>
          error instanceof NotAnImageError && error.reason === reason && error.message.length > 20,
        what,
      );
    }
    const svg = await importImage(database.db, testSvgWithScript, { altText: 'x' }).catch(
      (error: Error) => error.message,
    );
    assert.match(String(svg), /SVG.*scripts/);
    assert.deepEqual(await stored(), before);
  });

  test('refuses files over the size limit and images with too many pixels', async () => {
    const before = await stored();
    // A real photo padded past the limit: refused by its size before anything reads it.
    const oversized = Buffer.alloc(maxUploadBytes + 1);
    (await testPhoto({ width: 64, height: 64 })).copy(oversized);
    await assert.rejects(
      importImage(database.db, oversized, { altText: 'big' }),
      (error: unknown) => error instanceof ImageTooLargeError && error.limit === 'bytes',
    );
    // 30,000 pixels square in a file of a few kilobytes: decoding it would take gigabytes.
    const bomb = testPngClaiming(30_000);
    assert.ok(bomb.length < 100_000);
    await assert.rejects(
      importImage(database.db, bomb, { altText: 'bomb' }),
      (error: unknown) =>
        error instanceof ImageTooLargeError &&
        error.limit === 'pixels' &&
        /million pixels/.test(error.message),
    );
    assert.deepEqual(await stored(), before);
  });
});
