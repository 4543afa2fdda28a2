/**
 * `npm start`: serves the built site and receives tickets until SIGTERM or SIGINT, then stops
 * taking connections, finishes the requests in flight and closes the database.
 */
import { readConfig } from './config.ts';
import type { ReceiverConfig } from './config.ts';
import { loadRecompute } from './recompute.ts';
import { createReceiver } from './server.ts';
import { openTicketStore } from './ticket-store.ts';

/** How long in-flight requests get to finish on shutdown before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

function configOrExit(): ReceiverConfig {
  try {
    return readConfig(process.env);
  } catch (error) {
    console.error(`receiver: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const config = configOrExit();
const store = openTicketStore(config.ticketsDb);
const { server, queue } = createReceiver({
  distDir: config.distDir,
  store,
  recompute: loadRecompute(config.distDir),
  rateLimitPerMinute: config.rateLimitPerMinute,
  corsOrigins: config.corsOrigins,
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `receiver listening on http://${config.host}:${port}/ (site: ${config.distDir}, tickets: ${config.ticketsDb}, ` +
      `rate limit: ${config.rateLimitPerMinute || 'off'}/min, CORS: ${config.corsOrigins.join(' ') || 'none'})`,
  );
});

function shutdown(signal: string): void {
  console.log(`receiver: ${signal}, finishing requests in flight`);
  // Once the last connection ends nothing is left to run and the process exits by itself.
  server.close(() => {
    queue.flush();
    store.close();
    console.log('receiver: stopped');
  });
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
