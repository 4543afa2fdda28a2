/**
 * `POST /api/tickets`: accepts exactly ticket.v1 (and the no-JavaScript form), recomputes the
 * verdict and SLA, stores the ticket once and answers only after it is durable.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parseTicket, TICKET_SCHEMA_ID, ticketReference } from '../domain/ticket.ts';
import type { Ticket } from '../domain/ticket.ts';
import { canonicalJson } from './canonical-json.ts';
import type { CommitQueue } from './commit-queue.ts';
import type { Cors } from './cors.ts';
import { formDraft, formFieldName } from './form-ticket.ts';
import { withTriage } from '../domain/ticket-triage.ts';
import { SENT_PATH } from '../domain/routes.ts';
import type { RateLimiter } from './rate-limit.ts';
import { MAX_BODY_BYTES, readBody } from './read-body.ts';
import { differences } from './recheck.ts';
import type { Recompute, ServerView } from './recheck.ts';
import { sendJson, sendPage } from './respond.ts';
import type { Headers } from './respond.ts';
import type { SaveOutcome } from './ticket-store.ts';

export interface TicketsEndpointOptions {
  queue: CommitQueue;
  recompute: Recompute;
  now: () => Date;
  rateLimiter: RateLimiter;
  cors: Cors;
  log: (line: string) => void;
  /** Ids for form posts, which carry none. */
  newId?: () => string;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** Where the no-JavaScript form lands after sending. */

const STATUS: Record<SaveOutcome, number> = { created: 201, repeated: 200, conflict: 409 };

export function createTicketsEndpoint(options: TicketsEndpointOptions) {
  const { queue, recompute, now, rateLimiter, cors, log } = options;
  const newId = options.newId ?? randomUUID;

  /** Recomputes, stores and logs a valid ticket. */
  async function accept(ticket: Ticket, at: Date, server: ServerView, mismatch: string[]) {
    const reference = ticketReference(ticket.id);
    const receivedAt = at.toISOString();
    const payload = canonicalJson(ticket);
    const outcome = await queue.save({ id: ticket.id, reference, receivedAt, payload, server, mismatch });
    log(
      `${receivedAt} ticket ${reference} ${outcome} tier=${ticket.tier} verdict=${server.verdict}` +
        ` queue=${server.sla.queue} due=${server.sla.firstResponseDue}` +
        (mismatch.length > 0 ? ` mismatch=${mismatch.join(',')}` : ''),
    );
    return { outcome, reference };
  }

  async function fromJson(req: IncomingMessage, res: ServerResponse, body: Buffer, headers: Headers) {
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return sendJson(res, 400, { error: `malformed JSON: ${detail}`, issues: [] }, headers);
    }
    const parsed = parseTicket(input);
    if (!parsed.ok) {
      return sendJson(
        res,
        400,
        { error: `not a valid ${TICKET_SCHEMA_ID} ticket`, issues: parsed.issues },
        headers,
      );
    }
    const { ticket } = parsed;
    const key = req.headers['idempotency-key'];
    if (key !== undefined && String(key).trim().toLowerCase() !== ticket.id) {
      const message = 'the Idempotency-Key header must equal the ticket id';
      return sendJson(res, 400, { error: message, issues: [{ path: 'id', message }] }, headers);
    }
    const at = now();
    const server = recompute(ticket, at);
    const { outcome, reference } = await accept(ticket, at, server, differences(ticket, server));
    const answer =
      outcome === 'conflict'
        ? { error: 'a different ticket was already received with this id', id: ticket.id, reference }
        : { id: ticket.id, reference };
    sendJson(res, STATUS[outcome], answer, headers);
  }

  async function fromForm(res: ServerResponse, body: Buffer, headers: Headers) {
    const at = now();
    const { honeypot, draft } = formDraft(new URLSearchParams(body.toString('utf8')), at, newId);
    if (honeypot) {
      log(`${at.toISOString()} form post with the honeypot filled in: answered, not stored`);
      return redirectToSent(res, ticketReference(newId()), headers);
    }
    const parsed = parseTicket(draft);
    if (!parsed.ok) {
      const list = parsed.issues.map((issue) => `${formFieldName(issue.path)}: ${issue.message}`);
      const lines = ["Use your browser's back button to correct your answers, then send the form again."];
      return sendPage(res, 400, { title: 'There is a problem', list, lines }, headers);
    }
    const server = recompute(parsed.ticket, at);
    const completed = parseTicket(withTriage(parsed.ticket, server));
    if (!completed.ok)
      throw new Error(`the server's own verdict or SLA is not valid: ${JSON.stringify(completed.issues)}`);
    const { outcome, reference } = await accept(completed.ticket, at, server, []);
    if (outcome === 'conflict') {
      const lines = [`A different ticket was already received as ${reference}. Raise a new ticket instead.`];
      return sendPage(res, 409, { title: 'This ticket was already sent', lines }, headers);
    }
    redirectToSent(res, reference, headers);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const access = cors.decide(req);
    if (req.method === 'OPTIONS') {
      if (access.kind !== 'allowed')
        return sendJson(res, 403, { error: 'this origin may not post tickets here' });
      res.writeHead(204, cors.preflightHeaders(String(req.headers.origin))).end();
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' }, { Allow: 'POST, OPTIONS' });
    if (access.kind === 'refused')
      return sendJson(res, 403, { error: `origin ${access.origin} may not post tickets here` });
    const headers = access.kind === 'allowed' ? access.headers : {};

    const rate = rateLimiter.take(req.socket.remoteAddress ?? 'unknown');
    if (!rate.ok) {
      const error = `too many tickets from this address; try again in ${rate.retryAfterSeconds} s`;
      return sendJson(res, 429, { error }, { ...headers, 'Retry-After': rate.retryAfterSeconds });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== JSON_TYPE && type !== FORM_TYPE) {
      const error = `send the ticket as ${JSON_TYPE} (${TICKET_SCHEMA_ID}), not ${type || 'no content type'}`;
      return sendJson(res, 415, { error }, { ...headers, 'Accept-Post': `${JSON_TYPE}, ${FORM_TYPE}` });
    }
    const body = await readBody(req);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      const error = `a ticket may be at most ${MAX_BODY_BYTES / 1024} KiB`;
      return sendJson(res, 413, { error }, { ...headers, Connection: 'close' });
    }
    if (type === FORM_TYPE) return fromForm(res, body.body, headers);
    return fromJson(req, res, body.body, headers);
  };
}

function redirectToSent(res: ServerResponse, reference: string, headers: Headers): void {
  res.writeHead(303, {
    ...headers,
    Location: `${SENT_PATH}?ref=${encodeURIComponent(reference)}`,
    'Cache-Control': 'no-store',
  });
  res.end();
}
