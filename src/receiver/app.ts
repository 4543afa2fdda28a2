/**
 * The receiver as a Fastify application: the security headers on every answer, the ticket
 * endpoint, the health check and the built site, each a plugin registered here. A request it
 * cannot parse is answered 400 by Fastify before any of our code runs; an error our code did not
 * expect is logged and answered 500, and the process goes on.
 *
 * Background work that belongs to the receiver's life (a forwarding worker, say) is a plugin too:
 * it starts in an `onReady` hook and stops in an `onClose` hook, like the database does in main.ts.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ATTACHMENTS_PATH, TICKETS_PATH } from '../domain/routes.ts';
import { attachmentsRoute } from './attachments/attachments-route.ts';
import type { DownloadLinks } from './attachments/download-link.ts';
import type { FileStore } from './attachments/file-store.ts';
import { outgoingFiles } from './attachments/outgoing-files.ts';
import type { ReceiverConfig } from './config.ts';
import type { TicketDatabase } from './database/client.ts';
import {
  createForwarding,
  createRouting,
  forwardingLife,
  NO_FORWARDING,
  type ForwardingSetup,
} from './forwarding/plugin.ts';
import { bodyProblem } from './body-problems.ts';
import { health } from './health.ts';
import { jsonLog, type Log } from './log.ts';
import type { Recompute } from './recheck.ts';
import { NO_EXTRA_SOURCES, registerSecurityHeaders, type CspSources } from './security-headers.ts';
import { site } from './site.ts';
import { MAX_BODY_BYTES, ticketsRoute } from './tickets-route.ts';

export interface ReceiverOptions {
  distDir: string;
  database: TicketDatabase;
  recompute: Recompute;
  /** The end of the business calendar the site was built with, for the health check; unreported when absent. */
  calendarEnd?: { at: number; lastDay: string };
  /** The server's clock; tests inject one. */
  now?: () => Date;
  /** Tickets per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  corsOrigins: readonly string[];
  allowedHosts: readonly string[];
  trustProxy?: ReceiverConfig['trustProxy'];
  /** The inline scripts and styles the built pages carry, for the Content Security Policy. */
  cspSources?: CspSources;
  log?: Log;
  /** How long a request may take to arrive whole; 30 s unless a test says otherwise. */
  requestTimeoutMs?: number;
  /** Ticket ids for the no-JavaScript form. */
  newId?: () => string;
  /** Where stored tickets are forwarded; none when absent. */
  forwarding?: ForwardingSetup;
  /** Where uploaded files are kept and how their download links are signed; no uploads when absent. */
  attachments?: { files: FileStore; links: DownloadLinks };
}

/** A slow client cannot hold a request open for minutes. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * How often Node looks for requests past their time, as a share of it: Node's own default, every
 * 30 s, let a stalled request live up to twice its time.
 */
const TIMEOUT_CHECKS_PER_PERIOD = 6;

export async function createReceiver(options: ReceiverOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? jsonLog();
  const newId = options.newId ?? randomUUID;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    trustProxy: trustedProxies(options.trustProxy ?? false),
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout,
    // Also handed to Node's http.createServer itself: set only afterwards, as Fastify does, Node's
    // check of stalled requests does not see it (a stalled body lived 65–85 s). Checked a sixth of
    // the time apart, a stalled request ends within 7/6 of its time.
    http: {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.ceil(requestTimeout / TIMEOUT_CHECKS_PER_PERIOD),
    },
    return503OnClosing: true,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Refused paths (`..`, `//`, encoded slashes) and links out of the site are simply not pages here.
    if (error.code === 'FST_STATIC_FORBIDDEN_PATH' || error.statusCode === 404) return reply.callNotFound();
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode).send({ error: error.message });
    // A body the client cut short or malformed is its problem: told, and logged as information.
    const problem = bodyProblem(error);
    if (problem) {
      log(`${request.method} ${request.url} refused: ${problem}`, { event: 'bad-body' });
      return reply.code(400).send({ error: problem });
    }
    log(`error on ${request.method} ${request.url}: ${error.stack ?? error.message}`, { level: 'error' });
    return reply.code(500).send({ error: 'the receiver could not handle this request; try again' });
  });

  // A refusal answered before the body was read closes the connection rather than read the rest.
  app.addHook('onSend', async (request, reply) => {
    if (reply.statusCode >= 400 && !request.raw.complete) reply.header('Connection', 'close');
  });
  await registerSecurityHeaders(app, options.cspSources ?? NO_EXTRA_SOURCES);
  const { forwarding } = options;
  const forwarder =
    forwarding && forwarding.targets.length > 0
      ? createForwarding(forwarding, options.database, log, filesFor(options))
      : undefined;
  if (forwarder) await app.register(forwardingLife, { forwarder });
  await app.register(ticketsRoute, {
    prefix: TICKETS_PATH,
    database: options.database,
    recompute: options.recompute,
    now,
    log,
    newId,
    routing: forwarder && forwarding ? createRouting(forwarding, forwarder) : NO_FORWARDING,
    files: options.attachments?.files,
    rateLimitPerMinute: options.rateLimitPerMinute,
    corsOrigins: options.corsOrigins,
    allowedHosts: options.allowedHosts,
  });
  if (options.attachments)
    await app.register(attachmentsRoute, {
      prefix: ATTACHMENTS_PATH,
      database: options.database,
      ...options.attachments,
      now,
      log,
      rateLimitPerMinute: options.rateLimitPerMinute,
      corsOrigins: options.corsOrigins,
      allowedHosts: options.allowedHosts,
    });
  await app.register(health, {
    database: options.database,
    targets: forwarding?.targets.map((target) => target.name) ?? [],
    now,
    ...(options.calendarEnd ? { calendarEnd: options.calendarEnd } : {}),
  });
  await app.register(site, { distDir: options.distDir, newId });
  app.route({
    method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/*',
    // Answered as the request arrives, so its body is never read.
    onRequest: async (_request, reply) =>
      reply.code(405).header('Allow', 'GET, HEAD').send({ error: 'this path only answers GET and HEAD' }),
    handler: (_request, reply) => reply,
  });
  return app;
}

/** The files a delivery carries; none without attachment storage. */
function filesFor(options: ReceiverOptions) {
  const { attachments } = options;
  return attachments
    ? outgoingFiles(options.database, attachments.files, attachments.links)
    : () => Promise.resolve([]);
}

/** Fastify takes a number of hops as a function of the hop's position. */
function trustedProxies(setting: ReceiverConfig['trustProxy']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}
