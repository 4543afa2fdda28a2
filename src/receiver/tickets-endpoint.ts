/**
 * `POST /api/tickets` once the request is let in (`tickets-route.ts` decides that): accepts exactly
 * ticket.v1 (and the no-JavaScript form), recomputes the verdict and SLA, stores the ticket once
 * and answers only after it is durable.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SENT_PATH } from '../domain/routes.ts';
import { parseTicket, ticketReference } from '../domain/ticket.ts';
import type { Ticket, TicketIssue } from '../domain/ticket.ts';
import { withTriage } from '../domain/ticket-triage.ts';
import { canonicalJson } from './canonical-json.ts';
import type { TicketDatabase } from './database/client.ts';
import type { AttachmentRecord } from './database/attachment-store.ts';
import type { SaveOutcome } from './database/ticket-store.ts';
import type { Routing } from './forwarding/plugin.ts';
import type { FileStore } from './attachments/file-store.ts';
import { readMultipartForm } from './form-files.ts';
import {
  formDraft,
  formProblem,
  SERVER_FILLED_FIELDS,
  withAttachments,
  type FormFields,
} from './form-ticket.ts';
import { differences } from './recheck.ts';
import type { Recompute, ServerView } from './recheck.ts';
import type { Log } from './log.ts';
import { simplePage, type SimplePage } from './respond.ts';

export interface TicketsEndpointOptions {
  database: TicketDatabase;
  recompute: Recompute;
  now: () => Date;
  log: Log;
  /** Which forwarding targets a ticket goes to. */
  routing: Routing;
  /** Where the no-JavaScript form's files go; without it a form with files is refused. */
  files?: FileStore | undefined;
  /** Ids for form posts that carry none. */
  newId?: () => string;
}

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Decodes UTF-8, refusing anything else, and drops a leading byte order mark. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const STATUS: Record<SaveOutcome, number> = { created: 201, repeated: 200, conflict: 409 };

export function createTicketsEndpoint(options: TicketsEndpointOptions) {
  const { database, recompute, now, log, routing } = options;
  const newId = options.newId ?? randomUUID;

  /** Stores and logs a valid ticket with the server's view of it. */
  async function accept(ticket: Ticket, at: Date, server: ServerView, mismatch: string[], form: boolean) {
    const reference = ticketReference(ticket.id);
    const receivedAt = at.toISOString();
    const payload = canonicalJson(ticket);
    const targets = routing.targetsFor(server);
    const outcome = await database.save({
      id: ticket.id,
      reference,
      receivedAt,
      payload,
      server,
      mismatch,
      targets,
      ...(form ? { ignoreOnRepeat: SERVER_FILLED_FIELDS } : {}),
    });
    if (outcome === 'created' && targets.length > 0) routing.stored();
    log(
      `${receivedAt} ticket ${reference} ${outcome} tier=${ticket.tier} verdict=${server.verdict}` +
        ` queue=${server.sla.queue} due=${server.sla.firstResponseDue}` +
        (mismatch.length > 0 ? ` mismatch=${mismatch.join(',')}` : ''),
      { event: 'ticket', ticket: reference, outcome, ...(targets.length > 0 ? { targets } : {}) },
    );
    return { outcome, reference };
  }

  /** A problem for each attachment token no file was uploaded with. */
  async function unknownAttachments(ticket: Ticket): Promise<TicketIssue[]> {
    const tokens = 'attachments' in ticket ? (ticket.attachments ?? []) : [];
    if (tokens.length === 0) return [];
    const known = new Set((await database.attachments.find(tokens)).map((record) => record.token));
    return tokens.flatMap((token, i) =>
      known.has(token) ? [] : [{ path: `attachments.${i}`, message: 'no file was uploaded with this token' }],
    );
  }

  async function fromJson(request: FastifyRequest, reply: FastifyReply, body: Buffer) {
    let input: unknown;
    let text: string;
    try {
      // Strict: bytes that are not UTF-8 would otherwise be stored as U+FFFD in the customer's words.
      text = UTF8.decode(body);
    } catch {
      return reply
        .code(400)
        .send({ error: 'the body is not valid UTF-8: send the ticket as UTF-8 JSON', issues: [] });
    }
    try {
      input = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return reply.code(400).send({ error: `malformed JSON: ${detail}`, issues: [] });
    }
    const parsed = parseTicket(input);
    if (!parsed.ok) {
      return reply.code(400).send({ error: `not a valid ${parsed.schema} ticket`, issues: parsed.issues });
    }
    const { ticket } = parsed;
    const key = request.headers['idempotency-key'];
    if (key !== undefined && String(key).trim().toLowerCase() !== ticket.id) {
      const message = 'the Idempotency-Key header must equal the ticket id';
      return reply.code(400).send({ error: message, issues: [{ path: 'id', message }] });
    }
    const unknown = await unknownAttachments(ticket);
    if (unknown.length > 0)
      return reply.code(400).send({ error: `not a valid ${ticket.schema} ticket`, issues: unknown });
    const at = now();
    const server = recompute(ticket, at);
    const { outcome, reference } = await accept(ticket, at, server, differences(ticket, server), false);
    const answer =
      outcome === 'conflict'
        ? { error: 'a different ticket was already received with this id', id: ticket.id, reference }
        : { id: ticket.id, reference };
    return reply.code(STATUS[outcome]).send(answer);
  }

  /** Removes the files written for a form that is refused: nothing of it is kept. */
  async function discard(records: AttachmentRecord[]): Promise<void> {
    const { files } = options;
    if (files) await Promise.all(records.map((record) => files.discard(record.token)));
  }

  async function fromForm(
    reply: FastifyReply,
    form: FormFields,
    records: AttachmentRecord[] = [],
    fileProblems: string[] = [],
  ) {
    const at = now();
    const { honeypot, draft } = formDraft(form, at, newId);
    const tokens = records.map((record) => record.token);
    if (honeypot) {
      await discard(records);
      log(`${at.toISOString()} form post with the honeypot filled in: answered, not stored`);
      return redirectToSent(reply, ticketReference(newId()));
    }
    const parsed = parseTicket(withAttachments(draft, tokens));
    if (!parsed.ok || fileProblems.length > 0) {
      const issues = parsed.ok ? [] : parsed.issues;
      const list = [...issues.map(formProblem), ...fileProblems.map((problem) => `Files: ${problem}`)];
      const lines = ["Use your browser's back button to correct your answers, then send the form again."];
      await discard(records);
      return sendPage(reply, 400, { title: 'There is a problem', list, lines });
    }
    // Recorded before the ticket that names them, as an upload is.
    for (const record of records) await database.attachments.add(record);
    const server = recompute(parsed.ticket, at);
    const completed = parseTicket(withTriage(parsed.ticket, server));
    if (!completed.ok)
      throw new Error(`the server's own verdict or SLA is not valid: ${JSON.stringify(completed.issues)}`);
    const { outcome, reference } = await accept(completed.ticket, at, server, [], true);
    if (outcome === 'conflict') {
      const lines = [`A different ticket was already received as ${reference}. Raise a new ticket instead.`];
      return sendPage(reply, 409, { title: 'This ticket was already sent', lines });
    }
    // Sent again with files (a double click, or Back and files chosen anew): the ticket received
    // first stands with the files it came with, so the person must know any new ones were not added.
    if (outcome === 'repeated' && records.length > 0) {
      const lines = [
        `It was received as ${reference} when you first sent it and stays as it was then: the files ` +
          'sent this time were not added. To add any it did not have, reply to our e-mail about it with them.',
      ];
      return sendPage(reply, 200, { title: 'This ticket was already sent', lines });
    }
    return redirectToSent(reply, reference);
  }

  async function fromMultipart(request: FastifyRequest, reply: FastifyReply) {
    if (!options.files)
      return sendPage(reply, 415, {
        title: 'Files cannot be sent here',
        lines: ['Send the form without files.'],
      });
    const { fields, records, problems } = await readMultipartForm(request, options.files, now());
    return fromForm(reply, fields, records, problems);
  }

  /** Handles a post whose content type the route accepted: JSON arrives as bytes, a form as fields, a form with files as parts. */
  return function handle(request: FastifyRequest, reply: FastifyReply) {
    const { body } = request;
    if (Buffer.isBuffer(body)) return fromJson(request, reply, body);
    if (request.isMultipart()) return fromMultipart(request, reply);
    return fromForm(reply, (body ?? {}) as FormFields);
  };
}

function sendPage(reply: FastifyReply, status: number, page: SimplePage) {
  return reply.code(status).type('text/html; charset=utf-8').send(simplePage(page));
}

function redirectToSent(reply: FastifyReply, reference: string) {
  return reply
    .header('Cache-Control', 'no-store')
    .redirect(`${SENT_PATH}?ref=${encodeURIComponent(reference)}`, 303);
}
