/**
 * Freshdesk (API v2): `POST /api/v2/tickets`, as JSON, or as multipart with the files in
 * `attachments[]`; API-key auth (the key as user, `X` as password); priority 4 (urgent) to 1
 * (low); the reference, verdict, topic and due time in the custom fields the config names.
 * Freshdesk takes no idempotency key, so a retry after an answer that never came first searches
 * for the reference's custom field and does not create the ticket again.
 */
import {
  configuredFields,
  FRESHDESK_PRIORITY,
  helpdeskFieldValues,
  helpdeskBody,
  helpdeskSubject,
  helpdeskTags,
} from '../../domain/helpdesk-fields.ts';
import type { DeliveryJob } from '../database/outbox-store.ts';
import { escapeHtml } from '../respond.ts';
import type { FreshdeskConfig } from './config.ts';
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

/** Freshdesk's status "open" and source "portal". */
const OPEN = 2;
const PORTAL = 2;

export function freshdeskTicket(job: DeliveryJob, config: FreshdeskConfig) {
  const { ticket, server, reference } = job;
  const custom = Object.fromEntries(
    configuredFields(config.customFields, helpdeskFieldValues(reference, ticket, server)),
  );
  return {
    name: ticket.customer.name,
    email: ticket.customer.email,
    subject: helpdeskSubject(reference, ticket),
    // Freshdesk reads the description as HTML.
    description: escapeHtml(helpdeskBody(reference, ticket, server)).replace(/\n/g, '<br>'),
    priority: FRESHDESK_PRIORITY[ticket.priority],
    status: OPEN,
    source: PORTAL,
    tags: helpdeskTags(server.verdict, ticket.topic),
    custom_fields: custom,
  };
}

/** The multipart form of a ticket: each field by name, lists as `name[]`, custom fields as `custom_fields[name]`. */
async function multipart(body: ReturnType<typeof freshdeskTicket>, files: AttemptContext['files']) {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (Array.isArray(value)) for (const item of value) form.append(`${name}[]`, item);
    else if (typeof value === 'object')
      for (const [key, v] of Object.entries(value)) form.append(`${name}[${key}]`, v);
    else form.append(name, String(value));
  }
  for (const file of files)
    form.append(
      'attachments[]',
      new Blob([new Uint8Array(await file.read())], { type: file.type }),
      file.name,
    );
  return form;
}

export function freshdeskTarget(config: FreshdeskConfig & { secret: string }): ForwardTarget {
  const auth = basicAuth(config.secret, 'X');
  const api = `${config.url}/api/v2`;
  // Freshdesk's search names a custom field without its cf_ prefix.
  const searchField = config.customFields.reference.replace(/^cf_/, '');

  return {
    name: config.name,
    async deliver(job, { signal, files }) {
      if (answerMayBeLost(job)) {
        const query = `"${searchField}:'${job.reference}'"`;
        const search = await exchange(
          `${api}/search/tickets?query=${encodeURIComponent(query)}`,
          { headers: { Authorization: auth } },
          signal,
        );
        if (!ok(search)) return answerOf(search);
        const found = field(search.json(), 'results', '0', 'id');
        if (found) return { status: 200, answer: `already there as ticket ${found}`, remoteId: found };
      }
      const body = freshdeskTicket(job, config);
      const reply = await exchange(
        `${api}/tickets`,
        files.length > 0
          ? { method: 'POST', headers: { Authorization: auth }, body: await multipart(body, files) }
          : {
              method: 'POST',
              headers: { Authorization: auth, 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            },
        signal,
      );
      return answerOf(reply, ok(reply) ? field(reply.json(), 'id') : undefined);
    },
  };
}
