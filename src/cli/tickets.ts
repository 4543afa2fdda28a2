/**
 * `npm run tickets`: the tickets the receiver has stored, newest first, as a table for support
 * staff or (`--json`) as JSON. Reads `TICKETS_DB` (default data/tickets.sqlite), read-only.
 * Options: `--json`, `--limit N`. Characters a terminal would act on or not show (escape
 * sequences, text direction controls, zero-width characters) are printed escaped, `\u001b`, so a
 * ticket can neither clear the screen nor hide what it says; the receiver refuses them in new
 * tickets, but a database may hold older ones.
 */
import { existsSync } from 'node:fs';
import { DateTime } from 'luxon';
import { escapeUnprintable } from '../domain/plain-text.ts';
import { openTicketStore } from '../receiver/database/ticket-store.ts';
import { readArguments } from './arguments.ts';
import type { StoredTicket } from '../receiver/database/ticket-store.ts';

const USAGE = 'usage: npm run tickets -- [--json] [--limit N]';

/** `--json`, `--limit N` and `--help`; exits with status 2 and one line on anything else. */
function options(argv: string[]): { json: boolean; limit: number } {
  const parsed = readArguments(argv, { json: 'boolean', limit: 'string', help: 'boolean' }, false);
  if (typeof parsed === 'string') fail(`${parsed}; ${USAGE}`);
  const { json = false, limit, help } = parsed.values;
  if (help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (limit !== undefined && !/^\d+$/.test(limit))
    fail(`--limit must be a whole number, got "${limit}"; ${USAGE}`);
  return { json, limit: limit === undefined ? -1 : Number(limit) };
}

function fail(message: string): never {
  console.error(`tickets: ${message}`);
  process.exit(2);
}

/** A time in the ticket's business zone, to the minute, e.g. `2026-03-27 16:30`. */
function when(iso: string, zone: string): string {
  const time = DateTime.fromISO(iso, { zone });
  return time.isValid ? time.toFormat('yyyy-MM-dd HH:mm') : iso;
}

/** One line of at most `width` characters of the text, then escaped where a terminal would not show it. */
function clip(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  return escapeUnprintable(line.length > width ? `${line.slice(0, width - 1)}…` : line);
}

function table(tickets: StoredTicket[]): string {
  const header = ['', 'reference', 'received', 'tier', 'verdict', 'queue', 'first response due', 'summary'];
  const rows = tickets.map((t) => {
    const zone = t.ticket.sla.timezone;
    const verdict = t.server.upsellTier ? `${t.server.verdict} → ${t.server.upsellTier}` : t.server.verdict;
    return [
      t.mismatch ? '!' : '',
      t.reference,
      when(t.receivedAt, zone),
      t.ticket.tier,
      verdict,
      t.server.sla.queue,
      when(t.server.sla.firstResponseDue, zone),
      clip(t.ticket.summary, 50),
    ];
  });
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => (row[col] ?? '').length)));
  const lines = [header, ...rows].map((row) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const flagged = tickets.filter((t) => t.mismatch);
  const notes = flagged.map(
    (t) => `! ${t.reference}: the sender's ${t.mismatch?.join(', ')} differed from the server's`,
  );
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

const { json, limit } = options(process.argv.slice(2));
const file = process.env.TICKETS_DB?.trim() || 'data/tickets.sqlite';
if (!existsSync(file)) {
  if (json) console.log('[]');
  else console.log(`No tickets yet (${file} does not exist).`);
  process.exit(0);
}
const store = openTicketStore(file, { readOnly: true });
const tickets = store.list({ limit });
store.close();
if (json) console.log(escapeUnprintable(JSON.stringify(tickets, null, 2)));
else if (tickets.length === 0) console.log(`No tickets yet in ${file}.`);
else {
  const zones = [...new Set(tickets.map((t) => t.ticket.sla.timezone))].join(', ');
  const count = `${tickets.length} ticket${tickets.length === 1 ? '' : 's'}`;
  console.log(`${table(tickets)}\n\n${count} in ${file}, newest first; times in ${zones}.`);
}
