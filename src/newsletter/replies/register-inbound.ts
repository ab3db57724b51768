// The newsletter's share of incoming mail: bounces and complaints first (they may quote a
// reply-to address in the original), then readers' replies. A reply whose token does not verify
// is left for no handler, so staff find it among the unhandled messages.
import type { AddressObject, ParsedMail } from 'mailparser';
import type { Config } from '../../core/config.ts';
import type { InboundHandlers } from '../../core/mail/inbound-handlers.ts';
import { applyBounce } from '../bounces/apply-bounce.ts';
import { looksLikeBounce, readBounceReport } from '../bounces/read-report.ts';
import { attachmentsOf, cleanReplyText } from './clean-reply.ts';
import { parseReplyAddress, type ReplyTarget } from './reply-address.ts';
import { storeReply } from './store-reply.ts';

interface InboundDeps {
  config: Pick<Config, 'mail' | 'secret'>;
  handlers: { inbound: InboundHandlers };
}

function headerAddresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.flatMap((entry) => entry.address ?? []));
}

export function registerNewsletterInbound({ config, handlers }: InboundDeps): void {
  handlers.inbound.register({
    name: 'newsletter-bounces',
    accepts: looksLikeBounce,
    handle: async (message, envelope, { db, inboundId }) => {
      await applyBounce(db, readBounceReport(config, message, envelope), inboundId);
    },
  });

  // The envelope first: it is what our server was asked to deliver to; then the To header.
  const replyTargetOf = (message: ParsedMail, to: string[]): ReplyTarget | undefined => {
    for (const address of [...to, ...headerAddresses(message.to)]) {
      const target = parseReplyAddress(config, address);
      if (target) return target;
    }
    return undefined;
  };

  handlers.inbound.register({
    name: 'newsletter-replies',
    accepts: (message, envelope) => replyTargetOf(message, envelope.to) !== undefined,
    handle: async (message, envelope, { db, inboundId }) => {
      const target = replyTargetOf(message, envelope.to);
      if (!target) throw new Error('The reply address no longer verifies.');
      await storeReply(db, target, {
        body: cleanReplyText(message),
        attachments: attachmentsOf(message),
        inboundId,
      });
    },
  });
}
