// Taking in an uploaded image: check that it is one of the raster formats we accept (by its
// bytes, never its name), decode it once, turn it upright, and keep only fresh encodings at a few
// widths. Re-encoding from decoded pixels is also what strips every piece of metadata (EXIF with
// GPS positions, camera serial numbers, XMP, comments): nothing of the uploaded file but its
// pixels reaches the database, and so nothing else can reach a visitor.
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { media, mediaVariants } from './tables.ts';
import { keptWidths, largestWidth, type VariantFormat, variantFormats } from './variants.ts';

/** Larger than any photo a camera or phone makes; more is a mistake or an attack. */
export const maxUploadBytes = 15 * 1024 * 1024;
/** About a 64-megapixel photo. Decoding allocates by pixel count, not file size: a tiny file
 * can claim to be 100,000 pixels square (a decompression bomb), so the header is checked first. */
export const maxPixels = 64_000_000;

// sharp brings libvips, about 30 MB of memory, and most server processes never take in an
// image; so it is loaded by the first upload rather than at every start (the memory target).
let sharpLoading: Promise<typeof import('sharp')> | undefined;
async function loadSharp() {
  sharpLoading ??= import('sharp');
  return (await sharpLoading).default;
}

export type NotAnImageReason = 'unknownFormat' | 'vector' | 'damaged';

/** The bytes are not an image we accept; `reason` says which way, for a clear message. */
export class NotAnImageError extends Error {
  constructor(readonly reason: NotAnImageReason) {
    super(notAnImageMessages[reason]);
    this.name = 'NotAnImageError';
  }
}

const notAnImageMessages: Record<NotAnImageReason, string> = {
  unknownFormat: 'The file is not an image in a format we accept (JPEG, PNG, WebP, AVIF or GIF).',
  vector:
    'SVG images are not accepted, because an SVG file can carry scripts; upload a PNG instead.',
  damaged: 'The file looks like an image but is damaged or incomplete, so it cannot be read.',
};

/** The image is a real one but too big to take in, in bytes or in pixels. */
export class ImageTooLargeError extends Error {
  constructor(readonly limit: 'bytes' | 'pixels') {
    super(
      limit === 'bytes'
        ? `The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`
        : `The image has more than ${maxPixels / 1_000_000} million pixels.`,
    );
    this.name = 'ImageTooLargeError';
  }
}

type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/**
 * The format the first bytes announce, or undefined. We look ourselves, before any decoder sees
 * the file, so that only the five decoders we need ever parse untrusted bytes (libvips has many
 * more, some not hardened for hostile input). SVG is refused on purpose: it is a document, not a
 * picture, and can carry scripts and links that would run on our own origin.
 */
function sniffFormat(bytes: Buffer): AcceptedFormat | 'svg' | undefined {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && bytes.length >= 16) {
    // An ISO media file names its brands: the major one, then compatible ones up to the box end.
    const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length, 64);
    const brands = [ascii(8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
    return undefined;
  }
  if (
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg\b/i.test(
      ascii(0, 4096),
    )
  ) {
    return 'svg';
  }
  return undefined;
}

/** What libvips calls each format when it reads the header, to confirm our own sniffing. */
function libvipsAgrees(format: AcceptedFormat, header: Metadata): boolean {
  if (format === 'avif') return header.format === 'heif' && header.compression === 'av1';
  return header.format === format;
}

interface EncodedVariant {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: Buffer;
}

/** Decodes once, upright and in sRGB at the largest kept width, then encodes each variant. */
async function encodeVariants(bytes: Buffer, width: number): Promise<EncodedVariant[]> {
  const sharp = await loadSharp();
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated', pages: 1 })
      .autoOrient()
      .resize({ width: Math.min(width, largestWidth) })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new NotAnImageError('damaged');
  }
  const { width: top, channels } = pixels.info;
  const variants: Promise<EncodedVariant>[] = [];
  for (const variantWidth of keptWidths(top)) {
    for (const format of variantFormats) {
      const resized = sharp(pixels.data, {
        raw: { width: top, height: pixels.info.height, channels },
      }).resize({ width: variantWidth });
      variants.push(
        encode(resized, format).then(({ data, info }) => ({
          width: info.width,
          height: info.height,
          format,
          bytes: data,
        })),
      );
    }
  }
  return Promise.all(variants);
}

// Qualities chosen for photographs on slow connections: small files without visible blocking.
// AVIF's effort is kept low: higher efforts shave a few per cent at many times the time.
function encode(image: Sharp, format: VariantFormat) {
  const encoded =
    format === 'avif'
      ? image.avif({ quality: 50, effort: 2 })
      : format === 'webp'
        ? image.webp({ quality: 75 })
        : image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
  return encoded.toBuffer({ resolveWithObject: true });
}

/**
 * Takes in an uploaded image and stores its variants, all in one transaction with the audit
 * event. Throws NotAnImageError or ImageTooLargeError, having stored nothing, when the bytes are
 * not an image we accept. `createdBy` is the uploading account (none for demo content).
 */
export async function importImage(
  db: Db,
  bytes: Buffer,
  options: { altText: string; createdBy?: Viewer; requestId?: string },
): Promise<{ id: string; width: number; height: number }> {
  if (bytes.length > maxUploadBytes) throw new ImageTooLargeError('bytes');
  const format = sniffFormat(bytes);
  if (format === 'svg') throw new NotAnImageError('vector');
  if (!format) throw new NotAnImageError('unknownFormat');
  // Reading the header decodes no pixels, so it is safe before the pixel count is known.
  const sharp = await loadSharp();
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!header || !libvipsAgrees(format, header)) throw new NotAnImageError('damaged');
  if (header.width * header.height > maxPixels) throw new ImageTooLargeError('pixels');

  const uprightWidth = header.autoOrient.width;
  const variants = await encodeVariants(bytes, uprightWidth);
  const largest = variants.reduce((widest, variant) =>
    variant.width > widest.width ? variant : widest,
  );
  const createdBy = options.createdBy?.kind === 'account' ? options.createdBy.accountId : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        width: largest.width,
        height: largest.height,
        altText: options.altText,
        createdBy,
      })
      .returning({ id: media.id, width: media.width, height: media.height });
    if (!row) throw new Error('The image was not stored.');
    await tx
      .insert(mediaVariants)
      .values(variants.map((variant) => ({ mediaId: row.id, ...variant })));
    await recordAudit(tx, {
      action: 'media.uploaded',
      actor: options.createdBy ?? null,
      subject: { kind: 'media', id: row.id },
      details: { width: row.width, height: row.height, sourceFormat: format },
      requestId: options.requestId,
    });
    return row;
  });
}
