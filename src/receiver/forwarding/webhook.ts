/**
 * A Standard Webhooks endpoint (standardwebhooks.com, v1): the ticket as stored, with its
 * reference and the receiver's own verdict and SLA, signed with the target's `whsec_` secret.
 * `webhook-id` is the ticket id, so every attempt is the same message and the endpoint can drop
 * repeats; the body is the same on every attempt too (attachment links expire a fixed time after
 * the ticket arrived), only `webhook-timestamp` and the signature are new.
 */
import { Webhook } from 'standardwebhooks';
import type { DeliveryJob } from '../database/outbox-store.ts';
import type { WebhookConfig } from './config.ts';
import { answerOf, exchange, type AttemptContext, type ForwardTarget } from './target.ts';

/** The event type in the body. */
export const TICKET_EVENT = 'ticket.received';

/** The body as sent: Standard Webhooks' `type`, `timestamp` and `data`. */
export function webhookBody(job: DeliveryJob, context: Pick<AttemptContext, 'files'>): string {
  const receivedAt = new Date(job.receivedAt).toISOString();
  return JSON.stringify({
    type: TICKET_EVENT,
    timestamp: receivedAt,
    data: {
      reference: job.reference,
      receivedAt,
      ticket: job.ticket,
      server: job.server,
      attachments: context.files.map((file) => ({
        name: file.name,
        type: file.type,
        size: file.size,
        url: file.link.url,
        expiresAt: file.link.expiresAt,
      })),
    },
  });
}

export function webhookTarget(config: WebhookConfig & { secret: string }): ForwardTarget {
  const signer = new Webhook(config.secret);
  return {
    name: config.name,
    async deliver(job, context) {
      const body = webhookBody(job, context);
      const signature = signer.sign(job.ticketId, context.now, body);
      const reply = await exchange(
        config.url,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'webhook-id': job.ticketId,
            'webhook-timestamp': String(Math.floor(context.now.getTime() / 1000)),
            'webhook-signature': signature,
          },
          body,
        },
        context.signal,
      );
      return answerOf(reply);
    },
  };
}
