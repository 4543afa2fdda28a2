/**
 * `npm start`: serves the built site and receives tickets until SIGTERM or SIGINT, then stops
 * taking connections, finishes the requests in flight and closes the database. It refuses to
 * start, with one line saying why and a non-zero status, on a bad setting, a missing build or a
 * database it cannot write.
 */
import { dirname, join } from 'node:path';
import { createReceiver } from './app.ts';
import { createDownloadLinks, downloadLinkSecret } from './attachments/download-link.ts';
import { createFileStore } from './attachments/file-store.ts';
import { readConfig } from './config.ts';
import { readForwarding } from './forwarding/config.ts';
import { jsonLog } from './log.ts';
import { openTicketDatabase } from './database/client.ts';
import { oneLine } from './database/problems.ts';
import { readIntakeData, recomputeWith } from './recompute.ts';
import { calendarEnd } from '../domain/calendar-index.ts';
import { loadCspSources } from './security-headers.ts';

/** How long in-flight requests get to finish on shutdown before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/** `value()`, or the process ends with `receiver: <what>: <why>` and `status`. */
async function orExit<T>(what: string, status: number, value: () => T | Promise<T>): Promise<T> {
  try {
    return await value();
  } catch (error) {
    console.error(`receiver: ${what}${oneLine(error)}`);
    process.exit(status);
  }
}

const config = await orExit('', 2, () => readConfig(process.env));
const targets = await orExit('', 2, () => readForwarding(process.env));
const log = jsonLog();
const intake = await orExit('', 1, () => readIntakeData(config.distDir));
const cspSources = await orExit('', 1, () => loadCspSources(config.distDir));
const database = await orExit(`cannot write the ticket database ${config.ticketsDb}: `, 1, () =>
  openTicketDatabase(config.ticketsDb),
);
const attachments = await orExit(`cannot keep attachments in ${config.attachmentsDir}: `, 1, () => ({
  files: createFileStore(config.attachmentsDir, { minFreeBytes: config.attachmentsMinFreeBytes, log }),
  links: createDownloadLinks(
    downloadLinkSecret(
      process.env.DOWNLOAD_LINK_SECRET,
      join(dirname(config.ticketsDb), 'download-link.secret'),
    ),
    config.siteUrl,
  ),
}));
const app = await orExit('', 1, () =>
  createReceiver({
    distDir: config.distDir,
    database,
    recompute: recomputeWith(intake),
    calendarEnd: calendarEnd(intake.calendar),
    cspSources,
    rateLimitPerMinute: config.rateLimitPerMinute,
    corsOrigins: config.corsOrigins,
    allowedHosts: config.allowedHosts,
    trustProxy: config.trustProxy,
    log,
    forwarding: { targets },
    attachments,
  }),
);

await orExit(`cannot listen on ${config.host}:${config.port}: `, 1, () =>
  app.listen({ port: config.port, host: config.host }),
);
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
log(
  `receiver listening on http://${config.host}:${port}/ (site: ${config.distDir}, tickets: ${config.ticketsDb}, ` +
    `rate limit: ${config.rateLimitPerMinute || 'off'}/min, CORS: ${config.corsOrigins.join(' ') || 'none'}, ` +
    `hosts: ${config.allowedHosts.join(' ')}, trusted proxies: ${config.trustProxy === false ? 'none' : String(config.trustProxy)}, ` +
    `forwarding to: ${targets.map((target) => `${target.name} (${target.type})`).join(' ') || 'none'})`,
);

function shutdown(signal: string): void {
  log(`receiver: ${signal}, finishing requests in flight`);
  setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  // The database closes last, after the forwarder has recorded its last attempt (an `onClose`
  // hook added here would run before the forwarder's).
  app
    .close()
    .then(() => database.close())
    .then(
      () => log('receiver: stopped'),
      (error: unknown) => log(`receiver: while stopping: ${oneLine(error)}`, { level: 'error' }),
    );
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
