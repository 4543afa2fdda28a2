/**
 * Jira Service Management (servicedeskapi): `POST /rest/servicedeskapi/request` with the service
 * desk id, the request type configured for the ticket's queue, `requestFieldValues` and the
 * customer as `raiseOnBehalfOf`; files go to `attachTemporaryFile` and are then attached to the
 * new request. JSM takes no idempotency key, so a retry after an answer that never came first
 * searches for the reference (it opens the summary) and does not create the request again. Once
 * the request exists its key is kept, so a failed attachment step is tried again on its own.
 */
import {
  configuredFields,
  helpdeskBody,
  helpdeskFieldValues,
  helpdeskSubject,
} from '../../domain/helpdesk-fields.ts';
import type { DeliveryJob } from '../database/outbox-store.ts';
import type { JsmConfig } from './config.ts';
import {
  answerMayBeLost,
  answerOf,
  basicAuth,
  exchange,
  field,
  ok,
  type AttemptAnswer,
  type AttemptContext,
  type ForwardTarget,
} from './target.ts';

export function jsmRequest(job: DeliveryJob, config: JsmConfig) {
  const { ticket, server, reference } = job;
  const extra = configuredFields(config.fields, helpdeskFieldValues(reference, ticket, server));
  return {
    serviceDeskId: config.serviceDeskId,
    requestTypeId: config.requestTypes[server.sla.queue],
    raiseOnBehalfOf: ticket.customer.email,
    requestFieldValues: {
      summary: helpdeskSubject(reference, ticket),
      description: helpdeskBody(reference, ticket, server),
      ...Object.fromEntries(extra),
    },
  };
}

/** A request among search results whose summary carries the reference. */
function requestWithReference(body: unknown, reference: string): string | undefined {
  const values = (body as { values?: unknown[] } | null)?.values ?? [];
  const found = values.find((value) => {
    const fields = (value as { requestFieldValues?: { fieldId?: string; value?: unknown }[] })
      .requestFieldValues;
    const summary = fields?.find((f) => f.fieldId === 'summary')?.value;
    return typeof summary === 'string' && summary.includes(`[${reference}]`);
  });
  return field(found, 'issueKey');
}

export function jsmTarget(config: JsmConfig & { secret: string }): ForwardTarget {
  const auth = basicAuth(config.email, config.secret);
  const api = `${config.url}/rest/servicedeskapi`;
  const json = { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' };

  async function attach(key: string, { files, signal }: AttemptContext): Promise<AttemptAnswer> {
    const form = new FormData();
    for (const file of files)
      form.append('file', new Blob([new Uint8Array(await file.read())], { type: file.type }), file.name);
    const upload = await exchange(
      `${api}/servicedesk/${config.serviceDeskId}/attachTemporaryFile`,
      { method: 'POST', headers: { Authorization: auth, 'X-Atlassian-Token': 'no-check' }, body: form },
      signal,
    );
    if (!ok(upload)) return answerOf(upload, key);
    const temporary = (upload.json() as { temporaryAttachments?: { temporaryAttachmentId?: string }[] })
      .temporaryAttachments;
    const ids = (temporary ?? []).map((t) => t.temporaryAttachmentId).filter(Boolean);
    const attached = await exchange(
      `${api}/request/${encodeURIComponent(key)}/attachment`,
      { method: 'POST', headers: json, body: JSON.stringify({ temporaryAttachmentIds: ids, public: true }) },
      signal,
    );
    return answerOf(attached, key);
  }

  return {
    name: config.name,
    async deliver(job, context) {
      let key = job.remoteId ?? undefined;
      if (!key && answerMayBeLost(job)) {
        const query = new URLSearchParams({
          serviceDeskId: config.serviceDeskId,
          searchTerm: job.reference,
          requestOwnership: 'ALL_REQUESTS',
          requestStatus: 'ALL_REQUESTS',
        });
        const search = await exchange(`${api}/request?${query}`, { headers: json }, context.signal);
        if (!ok(search)) return answerOf(search);
        key = requestWithReference(search.json(), job.reference);
      }
      if (!key) {
        const created = await exchange(
          `${api}/request`,
          { method: 'POST', headers: json, body: JSON.stringify(jsmRequest(job, config)) },
          context.signal,
        );
        key = ok(created) ? field(created.json(), 'issueKey') : undefined;
        if (!key || context.files.length === 0) return answerOf(created, key);
      } else if (context.files.length === 0) {
        return { status: 200, answer: `already there as ${key}`, remoteId: key };
      }
      return attach(key, context);
    },
  };
}
