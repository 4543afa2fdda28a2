/**
 * `npm run tickets`: the tickets the receiver has stored, newest first, with where each was
 * forwarded, as a table for support staff or (`--json`) as JSON. Reads `TICKETS_DB` (default
 * data/tickets.sqlite), read-only. `--dead` lists the deliveries forwarding gave up on, with the
 * last answer; `--retry <reference>` puts that ticket's dead deliveries back in the queue, due
 * now (the running receiver picks them up within a second). Characters a terminal would act on or not show (escape
 * sequences, text direction controls, zero-width characters) are printed escaped, `\u001b`, so a
 * ticket can neither clear the screen nor hide what it says; the receiver refuses them in new
 * tickets, but a database may hold older ones.
 */
import { existsSync } from 'node:fs';
import { escapeUnprintable } from '../domain/plain-text.ts';
import { REFERENCE_PATTERN } from '../domain/ticket-reference.ts';
import { DEFAULT_TICKETS_DB } from '../receiver/config.ts';
import type { DeliveryRow } from '../receiver/database/outbox-store.ts';
import { openTicketStore, type TicketStore } from '../receiver/database/ticket-store.ts';
import { readArguments } from './arguments.ts';
import { deadTable, ticketTable } from './tickets-table.ts';

const USAGE = 'usage: npm run tickets -- [--json] [--limit N] [--dead] [--retry <reference>]';

interface Options {
  json: boolean;
  limit: number;
  dead: boolean;
  retry: string | undefined;
}

/** Exits with status 2 and one line on anything it does not take. */
function options(argv: string[]): Options {
  const parsed = readArguments(
    argv,
    { json: 'boolean', limit: 'string', dead: 'boolean', retry: 'string', help: 'boolean' },
    false,
  );
  if (typeof parsed === 'string') fail(`${parsed}; ${USAGE}`);
  const { json = false, limit, dead = false, retry, help } = parsed.values;
  if (help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (limit !== undefined && !/^\d+$/.test(limit))
    fail(`--limit must be a whole number, got "${limit}"; ${USAGE}`);
  if (retry !== undefined && !REFERENCE_PATTERN.test(retry.trim().toUpperCase()))
    fail(`--retry takes a ticket reference like CAS-7F3A9C2D, got "${retry}"`);
  if (retry !== undefined && dead) fail(`--dead and --retry are separate commands; ${USAGE}`);
  return { json, limit: limit === undefined ? -1 : Number(limit), dead, retry: retry?.trim().toUpperCase() };
}

function fail(message: string, status = 2): never {
  console.error(`tickets: ${message}`);
  process.exit(status);
}

/** The deliveries, or none in a database from before forwarding (it has no outbox yet). */
function deliveries(store: TicketStore, state?: DeliveryRow['state']): DeliveryRow[] {
  try {
    return store.outbox.list(state ? { state } : {});
  } catch {
    return [];
  }
}

function retry(file: string, reference: string): void {
  const store = openTicketStore(file);
  const requeued = store.outbox.requeue(reference, Date.now());
  store.close();
  if (requeued === 0) fail(`${reference} has no dead delivery in ${file}`, 1);
  console.log(`${reference}: ${requeued} dead deliver${requeued === 1 ? 'y' : 'ies'} queued again, due now.`);
}

const { json, limit, dead, retry: reference } = options(process.argv.slice(2));
const file = process.env.TICKETS_DB?.trim() || DEFAULT_TICKETS_DB;
if (!existsSync(file)) {
  if (reference) fail(`${file} does not exist`, 1);
  if (json) console.log('[]');
  else console.log(`No tickets yet (${file} does not exist).`);
  process.exit(0);
}
if (reference) {
  retry(file, reference);
  process.exit(0);
}
const store = openTicketStore(file, { readOnly: true });
if (dead) {
  const rows = deliveries(store, 'dead');
  store.close();
  if (json) console.log(escapeUnprintable(JSON.stringify(rows, null, 2)));
  else if (rows.length === 0) console.log(`No dead deliveries in ${file}.`);
  else
    console.log(
      `${deadTable(rows)}\n\n${rows.length} dead; npm run tickets -- --retry <reference> queues one again.`,
    );
  process.exit(0);
}
const tickets = store.list({ limit });
const forwarded = deliveries(store);
store.close();
if (json) {
  const withDeliveries = tickets.map((t) => ({
    ...t,
    deliveries: forwarded.filter((d) => d.ticketId === t.id),
  }));
  console.log(escapeUnprintable(JSON.stringify(withDeliveries, null, 2)));
} else if (tickets.length === 0) console.log(`No tickets yet in ${file}.`);
else {
  const zones = [...new Set(tickets.map((t) => t.ticket.sla.timezone))].join(', ');
  const count = `${tickets.length} ticket${tickets.length === 1 ? '' : 's'}`;
  console.log(`${ticketTable(tickets, forwarded)}\n\n${count} in ${file}, newest first; times in ${zones}.`);
}
