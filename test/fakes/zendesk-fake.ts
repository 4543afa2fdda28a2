/**
 * Zendesk's Support API as its documentation describes it, for the paths the receiver uses:
 * `POST /api/v2/uploads.json?filename=` (the raw file, answered 201 `{upload: {token}}`),
 * `POST /api/v2/tickets.json` (`{ticket: {...}}`, answered 201 `{ticket: {id, ...}}`),
 * `GET /api/v2/tickets.json?external_id=` (`{tickets: [...]}`). API-token auth:
 * Basic `email/token:api_token`, else 401. `Idempotency-Key`: the same key with the same body
 * answers the first ticket again with `x-zendesk-api-idempotency-hit: true`; with another body
 * 400 `IdempotentRequestError`.
 */
import { basicCredentials, json, startFake, type FakeServer } from './fake-server.ts';

export interface ZendeskTicket {
  id: number;
  subject: string;
  comment: { body: string; uploads?: string[] };
  requester: { name: string; email: string };
  priority: string;
  tags: string[];
  external_id: string;
  custom_fields?: { id: number; value: string }[];
}

export interface ZendeskFake extends FakeServer {
  tickets: ZendeskTicket[];
  /** Uploaded files by token. */
  uploads: Map<string, { filename: string; type: string; bytes: Buffer }>;
}

export async function startZendeskFake(agent: { email: string; token: string }): Promise<ZendeskFake> {
  const tickets: ZendeskTicket[] = [];
  const uploads = new Map<string, { filename: string; type: string; bytes: Buffer }>();
  const keys = new Map<string, { body: string; ticket: ZendeskTicket }>();
  const fake = await startFake((request) => {
    const credentials = basicCredentials(request);
    if (credentials?.user !== `${agent.email}/token` || credentials.password !== agent.token)
      return { status: 401, body: { error: "Couldn't authenticate you" } };
    if (request.method === 'POST' && request.path === '/api/v2/uploads.json') {
      const filename = request.query.get('filename');
      if (!filename) return { status: 400, body: { error: 'filename is required' } };
      const token = `upload-${uploads.size + 1}`;
      uploads.set(token, { filename, type: String(request.headers['content-type']), bytes: request.body });
      return { status: 201, body: { upload: { token, attachment: { file_name: filename } } } };
    }
    if (request.method === 'GET' && request.path === '/api/v2/tickets.json') {
      const externalId = request.query.get('external_id');
      return { status: 200, body: { tickets: tickets.filter((t) => t.external_id === externalId) } };
    }
    if (request.method === 'POST' && request.path === '/api/v2/tickets.json') {
      const key = request.headers['idempotency-key'];
      const text = request.body.toString('utf8');
      const seen = typeof key === 'string' ? keys.get(key) : undefined;
      if (seen && seen.body !== text)
        return { status: 400, body: { error: 'IdempotentRequestError', description: 'different request' } };
      if (seen)
        return {
          status: 201,
          headers: { 'x-zendesk-api-idempotency-hit': 'true' },
          body: { ticket: seen.ticket },
        };
      const { ticket } = json(request) as { ticket?: Omit<ZendeskTicket, 'id'> };
      if (!ticket?.subject || !ticket.comment?.body)
        return { status: 422, body: { error: 'RecordInvalid', details: { base: ['subject and comment'] } } };
      for (const token of ticket.comment.uploads ?? [])
        if (!uploads.has(token))
          return { status: 422, body: { error: 'RecordInvalid', details: { uploads: token } } };
      const created = { ...ticket, id: tickets.length + 1 };
      tickets.push(created);
      if (typeof key === 'string') keys.set(key, { body: text, ticket: created });
      return { status: 201, body: { ticket: created } };
    }
    return { status: 404, body: { error: 'InvalidEndpoint' } };
  });
  return Object.assign(fake, { tickets, uploads });
}
