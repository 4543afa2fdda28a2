/**
 * The ticket endpoint as a Fastify plugin, mounted at `TICKETS_PATH`. Who may post is decided
 * before a byte of the body is read, in this order: the `Host` (`ALLOWED_HOSTS`), the `Origin`
 * (the site itself or `CORS_ORIGINS`, answered by `@fastify/cors`), the client's rate
 * (`@fastify/rate-limit`), the content type and the declared length (a refusal closes the
 * connection instead of reading on: see app.ts). What is let in goes to `tickets-endpoint.ts`.
 */
import cors from '@fastify/cors';
import formBody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { TICKET_SCHEMA_IDS } from '../domain/ticket.ts';
import { createHostCheck } from './allowed-hosts.ts';
import { createOriginCheck } from './cors.ts';
import { DatabaseUnavailable } from './database/client.ts';
import { tokenBucketStore } from './rate-limit-store.ts';
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

const ACCEPT_POST = `${JSON_TYPE}, ${FORM_TYPE}`;

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

export const ticketsRoute: FastifyPluginAsync<TicketsRouteOptions> = async (app, options) => {
  const hostAllowed = createHostCheck(options.allowedHosts);
  const origins = createOriginCheck(options.corsOrigins);
  const handle = createTicketsEndpoint(options);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (request.method !== 'POST' && request.method !== 'OPTIONS') return;
    if (!hostAllowed(request.host)) {
      const error = `this receiver takes tickets for ${options.allowedHosts.join(', ')}, not ${request.host || 'no host'}`;
      return refuse(reply, 400, { error, issues: [] });
    }
    const { origin } = request.headers;
    if (origins.decide(origin, request.host) === 'refused')
      return refuse(reply, 403, { error: `origin ${origin} may not post tickets here` });
  });

  await app.register(cors, {
    origin: (origin, answer) => answer(null, origin !== undefined && origins.listed(origin)),
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    // The wizard honours Retry-After on 429 and 503, so it must be able to read it.
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: false,
    store: tokenBucketStore(() => options.now().getTime()),
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(`too many tickets from this address; try again in ${Math.ceil(context.ttl / 1000)} s`),
        {
          statusCode: context.statusCode,
        },
      ),
  });

  app.removeAllContentTypeParsers();
  // The endpoint parses JSON itself, to answer malformed JSON in the contract's words.
  app.addContentTypeParser(JSON_TYPE, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(formBody, { bodyLimit: MAX_BODY_BYTES });

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
      if (request.body === undefined) return refuseMediaType(request, reply);
      return handle(request, reply);
    },
  );
  // A preflight from a listed origin is answered by @fastify/cors before it gets here.
  app.options('/', (request, reply) =>
    refuse(reply, 403, { error: 'this origin may not post tickets here' }),
  );
  app.route({
    method: ['GET', 'PUT', 'DELETE', 'PATCH'],
    url: '/',
    handler: (_request, reply) =>
      reply.code(405).header('Allow', 'POST, OPTIONS').send({ error: 'use POST' }),
  });
};

function refuse(reply: FastifyReply, status: number, body: object) {
  return reply.code(status).header('Connection', 'close').send(body);
}
