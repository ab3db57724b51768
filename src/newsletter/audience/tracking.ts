// Opens and clicks: off unless NEWSLETTER_TRACKING is on, and never for protected recipients
// (their message carries no pixel and no rewritten link). A click token binds the one address it
// may lead to, so the click route cannot be used to send anyone anywhere else.
import { and, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Config } from '../../core/config.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { deliveries } from '../tables.ts';
import type { Variant } from './recipients.ts';
import { signToken, verifyToken } from './tokens.ts';

export interface Tracking {
  openPixelUrl: string;
  clickUrl: (url: string) => string;
}

type TrackingConfig = Pick<Config, 'publicUrl' | 'secret'> & {
  newsletter: Pick<Config['newsletter'], 'tracking'>;
};

export function trackingFor(
  config: TrackingConfig,
  deliveryId: number,
  variant: Variant,
): Tracking | null {
  if (!config.newsletter.tracking || variant === 'neutral') return null;
  const base = `${config.publicUrl}/newsletter/t`;
  return {
    openPixelUrl: `${base}/o/${signToken(config.secret, 'track', `o:${deliveryId}`)}`,
    clickUrl: (url) => `${base}/c/${signToken(config.secret, 'track', `c:${deliveryId}:${url}`)}`,
  };
}

/** What a tracking token says: the delivery, and for a click the address it leads to. */
function readTrackingToken(
  secret: string,
  kind: 'o' | 'c',
  token: string,
): { deliveryId: number; url: string } | undefined {
  const id = verifyToken(secret, 'track', token);
  const match = id ? /^([oc]):(\d{1,15})(?::(.*))?$/s.exec(id) : null;
  if (!match || match[1] !== kind) return undefined;
  const url = match[3] ?? '';
  if (kind === 'c' && !/^https?:\/\//i.test(url)) return undefined;
  return { deliveryId: Number(match[2]), url };
}

// The smallest transparent GIF: 1x1, one colour.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const trackingRoutes = new Hono<AppEnv>()
  .get('/o/:token', async (c) => {
    const { db, config } = c.get('deps');
    const found = readTrackingToken(config.secret, 'o', c.req.param('token'));
    if (!found) return renderNotFound(c);
    // Switched off since the message left: the pixel still loads, nothing is recorded.
    if (config.newsletter.tracking) {
      await db
        .update(deliveries)
        .set({ openedAt: new Date() })
        .where(and(eq(deliveries.id, found.deliveryId), isNull(deliveries.openedAt)));
    }
    return c.body(new Uint8Array(pixel), 200, {
      'content-type': 'image/gif',
      'cache-control': 'no-store',
    });
  })
  .get('/c/:token', async (c) => {
    const { db, config } = c.get('deps');
    const found = readTrackingToken(config.secret, 'c', c.req.param('token'));
    if (!found) return renderNotFound(c);
    if (config.newsletter.tracking) {
      await db
        .update(deliveries)
        .set({ clickedAt: new Date() })
        .where(and(eq(deliveries.id, found.deliveryId), isNull(deliveries.clickedAt)));
    }
    return c.redirect(found.url, 302);
  });
