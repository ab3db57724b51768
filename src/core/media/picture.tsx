// An uploaded image in a page: AVIF for browsers that take it (the smallest), WebP next, JPEG for
// everything else; each at every kept width, so a phone on a slow line downloads a 320-pixel
// file and a wide screen a sharp one. Width and height are set so the page does not jump while
// the image arrives. The widths come from keptWidths, the same function that made the variants.
import { sitePaths } from '../../site/urls.ts';
import { keptWidths, type VariantFormat, variantMimeTypes } from './variants.ts';

export interface MediaRef {
  id: string;
  /** The largest variant's size, as stored in `media`. */
  width: number;
  height: number;
}

/** The `srcset` for one format: every kept width, e.g. "/media/…/320.webp 320w, …". */
export function srcset(media: MediaRef, format: VariantFormat): string {
  return keptWidths(media.width)
    .map((width) => `${sitePaths.media(media.id, width, format)} ${width}w`)
    .join(', ');
}

/**
 * `alt` is required: pass "" only for an image that adds nothing to the text beside it.
 * `sizes` tells the browser how wide the image will be drawn; by default its own width, or the
 * whole viewport when that is narrower. `loading="eager"` for an image at the top of a page.
 */
export function Picture(props: {
  media: MediaRef;
  alt: string;
  sizes?: string;
  loading?: 'lazy' | 'eager';
  class?: string;
}) {
  const { media } = props;
  const widths = keptWidths(media.width);
  const sizes = props.sizes ?? `(min-width: ${media.width}px) ${media.width}px, 100vw`;
  // For browsers without srcset: a middling width rather than the largest.
  const fallbackWidth = widths.filter((width) => width <= 960).at(-1) ?? media.width;
  return (
    <picture class={props.class}>
      <source type={variantMimeTypes.avif} srcset={srcset(media, 'avif')} sizes={sizes} />
      <source type={variantMimeTypes.webp} srcset={srcset(media, 'webp')} sizes={sizes} />
      <img
        src={sitePaths.media(media.id, fallbackWidth, 'jpeg')}
        srcset={srcset(media, 'jpeg')}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={props.alt}
        loading={props.loading ?? 'lazy'}
        decoding="async"
      />
    </picture>
  );
}
