/**
 * Forwarding as part of the receiver's life: the worker starts once the receiver is ready and
 * stops when it closes. Which targets a new ticket goes to is decided as it is stored (the
 * deliveries are written in the ticket's own transaction); the endpoint then wakes the worker.
 */
import fastifyPlugin from 'fastify-plugin';
import { targetsFor } from '../../domain/forwarding-routes.ts';
import type { TicketDatabase } from '../database/client.ts';
import type { Log } from '../log.ts';
import type { ServerView } from '../recheck.ts';
import type { ForwardingTarget } from './config.ts';
import { createForwarder, type Forwarder, type ForwarderOptions } from './forwarder.ts';
import { createTarget } from './targets.ts';

export interface ForwardingSetup {
  targets: readonly ForwardingTarget[];
  /** For tests: the worker's clock, randomness and idle poll. */
  tuning?: Pick<ForwarderOptions, 'now' | 'random' | 'idlePollMs'>;
}

/** What the ticket endpoint needs from forwarding. */
export interface Routing {
  /** The targets a ticket with this server view goes to. */
  targetsFor(server: ServerView): string[];
  /** A ticket with deliveries was stored. */
  stored(): void;
}

export const NO_FORWARDING: Routing = { targetsFor: () => [], stored: () => undefined };

export function createRouting(setup: ForwardingSetup, forwarder: Forwarder): Routing {
  return {
    targetsFor: (server) => targetsFor(setup.targets, { verdict: server.verdict, queue: server.sla.queue }),
    stored: () => forwarder.wake(),
  };
}

export function createForwarding(
  setup: ForwardingSetup,
  database: TicketDatabase,
  log: Log,
  filesFor: ForwarderOptions['filesFor'],
): Forwarder {
  return createForwarder({
    database,
    targets: setup.targets.map(createTarget),
    filesFor,
    log,
    ...setup.tuning,
  });
}

/** Starts the worker with the receiver and stops it before the receiver's other closing work. */
export const forwardingLife = fastifyPlugin<{ forwarder: Forwarder }>((app, { forwarder }, done) => {
  app.addHook('onReady', (ready) => {
    forwarder.start();
    ready();
  });
  app.addHook('onClose', async () => forwarder.stop());
  done();
});
