/**
 * Who may post to an endpoint of the receiver (tickets, attachments), decided before a byte of
 * the body is read, in this order: the `Host` (`ALLOWED_HOSTS`), the `Origin` (the site itself
 * or `CORS_ORIGINS`, answered by `@fastify/cors`), then the client's rate (`@fastify/rate-limit`,
 * applied by each route that asks for it). Registered inside the endpoint's own plugin.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHostCheck } from './allowed-hosts.ts';
import { createOriginCheck } from './cors.ts';
import { tokenBucketStore } from './rate-limit-store.ts';

export interface PostGuardOptions {
  corsOrigins: readonly string[];
  allowedHosts: readonly string[];
  now: () => Date;
  /** The request headers a cross-origin post may send. */
  allowedHeaders: string[];
}

export async function guardPosts(app: FastifyInstance, options: PostGuardOptions): Promise<void> {
  const hostAllowed = createHostCheck(options.allowedHosts);
  const origins = createOriginCheck(options.corsOrigins);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (request.method !== 'POST' && request.method !== 'OPTIONS') return;
    if (!hostAllowed(request.host)) {
      // The sender's Host is named, but not echoed at any length.
      const host = request.host.length > 100 ? `${request.host.slice(0, 100)}…` : request.host;
      const error = `this receiver takes tickets for ${options.allowedHosts.join(', ')}, not ${host || 'no host'}`;
      return refuse(reply, 400, { error, issues: [] });
    }
    const { origin } = request.headers;
    if (origins.decide(origin, request.host) === 'refused')
      return refuse(reply, 403, { error: `origin ${origin} may not post tickets here` });
    // A compressed body would be read as if it were not: refuse it before reading.
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding && encoding !== 'identity')
      return refuse(reply, 415, {
        error: `send the body uncompressed, not with Content-Encoding ${encoding.slice(0, 40)}`,
      });
  });

  await app.register(cors, {
    origin: (origin, answer) => answer(null, origin !== undefined && origins.listed(origin)),
    methods: ['POST'],
    allowedHeaders: options.allowedHeaders,
    // The wizard honours Retry-After on 429 and 503, so it must be able to read it.
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    global: false,
    store: tokenBucketStore(() => options.now().getTime()),
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(`too many requests from this address; try again in ${Math.ceil(context.ttl / 1000)} s`),
        { statusCode: context.statusCode },
      ),
  });
  // A preflight from a listed origin is answered by @fastify/cors before it gets here.
  app.options('/', (_request, reply) => refuse(reply, 403, { error: 'this origin may not post here' }));
}

/** A refusal that closes the connection instead of reading the rest of the body. */
export function refuse(reply: FastifyReply, status: number, body: object) {
  return reply.code(status).header('Connection', 'close').send(body);
}
