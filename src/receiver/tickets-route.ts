/**
 * The ticket endpoint as a Fastify plugin, mounted at `TICKETS_PATH`. Who may post is decided
 * before a byte of the body is read (`post-guards.ts`: host, origin, rate), then the content type
 * and the declared length (a refusal closes the connection instead of reading on: see app.ts).
 * What is let in goes to `tickets-endpoint.ts`.
 */
import formBody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_ATTACHMENTS } from '../domain/attachments.ts';
import { OutsideCalendar } from '../domain/calendar-index.ts';
import { TICKET_SCHEMA_IDS } from '../domain/ticket.ts';
import { DatabaseUnavailable } from './database/client.ts';
import { FORM_MULTIPART_LIMITS } from './form-files.ts';
import { guardPosts, refuse } from './post-guards.ts';
import { simplePage } from './respond.ts';
import {
  createTicketsEndpoint,
  FORM_TYPE,
  JSON_TYPE,
  type TicketsEndpointOptions,
} from './tickets-endpoint.ts';

export interface TicketsRouteOptions extends TicketsEndpointOptions {
  /** Tickets per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  corsOrigins: readonly string[];
  allowedHosts: readonly string[];
}

/** The largest ticket body accepted: a full ticket is a few KiB, so this is generous. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How long a client is asked to wait when the database cannot take a ticket now. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** What a person is told when the form goes over one of `@fastify/multipart`'s limits. */
const FORM_LIMITS: Partial<Record<string, string>> = {
  FST_FILES_LIMIT: `Files: attach at most ${MAX_ATTACHMENTS} files`,
  FST_FIELDS_LIMIT: 'The form has more fields than the ticket form sends',
  FST_PARTS_LIMIT: 'The form has more fields than the ticket form sends',
};

const ACCEPT_POST = `${JSON_TYPE}, ${FORM_TYPE}, multipart/form-data`;

/** The contract's 413. */
const TOO_LARGE = { error: `a ticket may be at most ${MAX_BODY_BYTES / 1024} KiB` };

/** The contract's 415, naming the request's media type (without parameters). */
function refuseMediaType(request: FastifyRequest, reply: FastifyReply) {
  const type =
    (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() || 'no content type';
  return reply
    .code(415)
    .header('Accept-Post', ACCEPT_POST)
    .send({ error: `send the ticket as ${JSON_TYPE} (${TICKET_SCHEMA_IDS.join(' or ')}), not ${type}` });
}

/**
 * The charset a content type names when it is neither UTF-8 nor ASCII (which UTF-8 reads alike),
 * at most 40 characters of it; undefined when it names none or one of those.
 */
export function otherCharset(contentType: string | undefined): string | undefined {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return !charset || ['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset)
    ? undefined
    : charset.slice(0, 40);
}

export const ticketsRoute: FastifyPluginAsync<TicketsRouteOptions> = async (app, options) => {
  const handle = createTicketsEndpoint(options);
  await guardPosts(app, { ...options, allowedHeaders: ['Content-Type', 'Idempotency-Key'] });

  // JSON is UTF-8 (RFC 8259): a body said to be in another charset would be misread, so it is
  // refused before it is read, as other refusals are.
  app.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'] ?? '';
    const charset = type.trim().toLowerCase().startsWith(JSON_TYPE) ? otherCharset(type) : undefined;
    if (charset === undefined) return;
    reply.header('Accept-Post', ACCEPT_POST);
    return refuse(reply, 415, { error: `send the ticket as UTF-8 JSON, not in the charset ${charset}` });
  });

  app.removeAllContentTypeParsers();
  // The endpoint parses JSON itself, to answer malformed JSON in the contract's words.
  app.addContentTypeParser(JSON_TYPE, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(formBody, { bodyLimit: MAX_BODY_BYTES });
  // The no-JavaScript form with files; each file's size is limited as it is read.
  // A file over its size limit is cut off and named among the form's problems (form-files.ts), not thrown.
  await app.register(multipart, {
    limits: { ...FORM_MULTIPART_LIMITS, fieldSize: MAX_BODY_BYTES },
    throwFileSizeLimit: false,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Fastify refuses these before reading the body; the contract words them.
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return refuseMediaType(request, reply);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(TOO_LARGE);
    if (error instanceof DatabaseUnavailable) {
      options.log(
        `${options.now().toISOString()} ticket not stored, answered 503: the database is ${error.problem} (${error.message})`,
      );
      return reply
        .code(503)
        .header('Retry-After', BUSY_RETRY_AFTER_SECONDS)
        .send({ error: 'tickets cannot be stored right now; try again shortly' });
    }
    // A build older than its calendar: no due time can be worked out, so no ticket can be taken
    // until the site is rebuilt with newer holiday data. The sender keeps it and tries again.
    if (error instanceof OutsideCalendar) {
      options.log(`${options.now().toISOString()} ticket not stored, answered 503: ${error.message}`, {
        level: 'error',
        event: 'calendar-ended',
      });
      return reply.code(503).send({
        error: "tickets cannot be taken now: the receiver's business calendar has ended; try again later",
      });
    }
    // The no-JavaScript form is read by people: its limits get a page, not JSON.
    const formLimit = request.isMultipart() ? FORM_LIMITS[error.code] : undefined;
    if (formLimit)
      return reply
        .code(413)
        .type('text/html; charset=utf-8')
        .send(
          simplePage({
            title: 'There is a problem',
            list: [formLimit],
            lines: ["Use your browser's back button to correct your answers, then send the form again."],
          }),
        );
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode).send({ error: error.message });
    throw error;
  });

  app.post(
    '/',
    {
      bodyLimit: MAX_BODY_BYTES,
      ...(options.rateLimitPerMinute > 0
        ? { config: { rateLimit: { max: options.rateLimitPerMinute, timeWindow: 60_000 } } }
        : {}),
    },
    (request, reply) => {
      // A post without a body reaches no content-type parser to refuse it: refuse it here.
      if (request.body === undefined && !request.isMultipart()) return refuseMediaType(request, reply);
      return handle(request, reply);
    },
  );
  app.route({
    method: ['GET', 'PUT', 'DELETE', 'PATCH'],
    url: '/',
    handler: (_request, reply) =>
      reply.code(405).header('Allow', 'POST, OPTIONS').send({ error: 'use POST' }),
  });
};
