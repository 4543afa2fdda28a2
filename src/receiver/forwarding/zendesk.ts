/**
 * Zendesk (Support API): files go first to `POST /api/v2/uploads.json`, then the ticket to
 * `POST /api/v2/tickets.json` with the upload tokens, `Idempotency-Key` set to the ticket id (a
 * repeat within Zendesk's window returns the first ticket), API-token auth (`email/token`). The
 * requester is the customer; priority, tags, `external_id` (the reference) and custom fields
 * for verdict, topic and due time come from the domain and the config. A retry after a lost
 * answer also looks the reference up (`external_id`) first: with files, new upload tokens would
 * make the repeat a different request, which Zendesk refuses instead of matching, and Zendesk
 * keeps idempotency keys only for a while.
 */
import {
  configuredFields,
  helpdeskBody,
  helpdeskFieldValues,
  helpdeskSubject,
  helpdeskTags,
  ZENDESK_PRIORITY,
} from '../../domain/helpdesk-fields.ts';
import type { DeliveryJob } from '../database/outbox-store.ts';
import type { ZendeskConfig } from './config.ts';
import {
  answerMayBeLost,
  answerOf,
  basicAuth,
  exchange,
  field,
  ok,
  type AttemptContext,
  type ForwardTarget,
} from './target.ts';

export function zendeskTicket(job: DeliveryJob, config: ZendeskConfig, uploads: string[]) {
  const { ticket, server, reference } = job;
  const custom = configuredFields(config.customFields, helpdeskFieldValues(reference, ticket, server));
  return {
    ticket: {
      subject: helpdeskSubject(reference, ticket),
      comment: { body: helpdeskBody(reference, ticket, server), ...(uploads.length ? { uploads } : {}) },
      requester: { name: ticket.customer.name, email: ticket.customer.email },
      priority: ZENDESK_PRIORITY[ticket.priority],
      tags: helpdeskTags(server.verdict, ticket.topic),
      external_id: reference,
      ...(custom.length ? { custom_fields: custom.map(([id, value]) => ({ id, value })) } : {}),
    },
  };
}

export function zendeskTarget(config: ZendeskConfig & { secret: string }): ForwardTarget {
  const auth = basicAuth(`${config.email}/token`, config.secret);
  const api = `${config.url}/api/v2`;

  async function lookUp(job: DeliveryJob, signal: AbortSignal) {
    const reply = await exchange(
      `${api}/tickets.json?external_id=${encodeURIComponent(job.reference)}`,
      { headers: { Authorization: auth } },
      signal,
    );
    const found = ok(reply) ? field(reply.json(), 'tickets', '0', 'id') : undefined;
    return { reply, found };
  }

  return {
    name: config.name,
    async deliver(job, { signal, files }: AttemptContext) {
      if (answerMayBeLost(job)) {
        const { reply, found } = await lookUp(job, signal);
        if (!ok(reply)) return answerOf(reply);
        if (found) return { status: 200, answer: `already there as ticket ${found}`, remoteId: found };
      }
      const uploads: string[] = [];
      for (const file of files) {
        const reply = await exchange(
          `${api}/uploads.json?filename=${encodeURIComponent(file.name)}`,
          {
            method: 'POST',
            headers: { Authorization: auth, 'Content-Type': file.type },
            body: new Uint8Array(await file.read()),
          },
          signal,
        );
        const token = field(reply.status === 201 ? reply.json() : undefined, 'upload', 'token');
        if (!token) return answerOf(reply);
        uploads.push(token);
      }
      const reply = await exchange(
        `${api}/tickets.json`,
        {
          method: 'POST',
          headers: {
            Authorization: auth,
            'Content-Type': 'application/json',
            'Idempotency-Key': job.ticketId,
          },
          body: JSON.stringify(zendeskTicket(job, config, uploads)),
        },
        signal,
      );
      return answerOf(reply, ok(reply) ? field(reply.json(), 'ticket', 'id') : undefined);
    },
  };
}
