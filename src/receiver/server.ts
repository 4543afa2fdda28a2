/**
 * The receiver's HTTP server: `/api/tickets` for tickets, the built site for everything else.
 */
import { createServer } from 'node:http';
import { TICKETS_PATH } from '../domain/routes.ts';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createCommitQueue } from './commit-queue.ts';
import type { CommitQueue } from './commit-queue.ts';
import { createCors } from './cors.ts';
import { createRateLimiter } from './rate-limit.ts';
import type { Recompute } from './recheck.ts';
import { sendJson } from './respond.ts';
import { createSentPage } from './sent-page.ts';
import { createStaticFiles } from './static-files.ts';
import { createTicketsEndpoint } from './tickets-endpoint.ts';
import type { TicketStore } from './ticket-store.ts';

export interface ReceiverOptions {
  distDir: string;
  store: TicketStore;
  recompute: Recompute;
  /** The server's clock; tests inject one. */
  now?: () => Date;
  /** Tickets per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  corsOrigins: readonly string[];
  log?: (line: string) => void;
}

export interface Receiver {
  server: Server;
  /** Writes tickets still waiting for their transaction; call before closing the store. */
  queue: CommitQueue;
}

export function createReceiver(options: ReceiverOptions): Receiver {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const queue = createCommitQueue(options.store);
  const tickets = createTicketsEndpoint({
    queue,
    recompute: options.recompute,
    now,
    rateLimiter: createRateLimiter(options.rateLimitPerMinute, () => now().getTime()),
    cors: createCors(options.corsOrigins),
    log,
  });
  const files = createStaticFiles(options.distDir);
  const sentPage = createSentPage(options.distDir);
  const site = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!(await sentPage(req, res, url))) await files(req, res, url);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const route =
      url.pathname === TICKETS_PATH || url.pathname === `${TICKETS_PATH}/`
        ? tickets(req, res)
        : req.method === 'GET' || req.method === 'HEAD'
          ? site(req, res, url)
          : Promise.resolve(
              sendJson(res, 405, { error: 'this path only answers GET and HEAD' }, { Allow: 'GET, HEAD' }),
            );
    route.catch((error: unknown) => {
      log(
        `error on ${req.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent)
        sendJson(res, 500, { error: 'the receiver could not handle this request; try again' });
      else res.destroy();
    });
  });
  // A slow client cannot hold a connection open for minutes.
  server.requestTimeout = 30_000;
  return { server, queue };
}
