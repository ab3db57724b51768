// The variants every image is kept as: a few widths, each in three formats. One function decides
// the widths, from the width of the largest variant, so an upload and every page that shows it
// agree without asking the database which variants exist: importImage stores exactly these,
// <Picture> lists exactly these, and the media route serves exactly these.

export type VariantFormat = 'avif' | 'webp' | 'jpeg';
/** Best first: the order a <picture> offers them in. */
export const variantFormats: readonly VariantFormat[] = ['avif', 'webp', 'jpeg'];

export const variantMimeTypes: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

/** Widths a layout asks for: a phone, a small tablet, a column, a wide column, a full screen. */
export const widthLadder = [320, 640, 960, 1280, 1920] as const;

export const largestWidth = widthLadder[widthLadder.length - 1] as number;

/**
 * The widths kept for an image `width` pixels wide, smallest first: the rungs of the ladder
 * below it, then the image's own width (never enlarged, never above the largest rung). The last
 * entry is the width of the largest variant, which is what `media.width` records, and
 * keptWidths(media.width) gives the same list again.
 */
export function keptWidths(width: number): number[] {
  const top = Math.min(width, largestWidth);
  return [...widthLadder.filter((rung) => rung < top), top];
}
