/**
 * The tables `npm run tickets` prints: the tickets, newest first, with each one's delivery state
 * per forwarding target; and the dead deliveries with the last answer each target gave. Every
 * cell that holds a sender's text is escaped where a terminal would act on it or hide it.
 */
import { DateTime } from 'luxon';
import { escapeUnprintable } from '../domain/plain-text.ts';
import type { DeliveryRow } from '../receiver/database/outbox-store.ts';
import type { StoredTicket } from '../receiver/database/ticket-store.ts';

/** A time in the ticket's business zone, to the minute, e.g. `2026-03-27 16:30`. */
function when(iso: string, zone: string): string {
  const time = DateTime.fromISO(iso, { zone });
  return time.isValid ? time.toFormat('yyyy-MM-dd HH:mm') : iso;
}

/**
 * One line of at most `width` characters of the text (cut between characters, never inside an
 * emoji's surrogate pair), then escaped where a terminal would not show it.
 */
export function clip(text: string, width: number): string {
  const characters = Array.from(text.replace(/\s+/g, ' '));
  const line =
    characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : characters.join('');
  return escapeUnprintable(line);
}

/** Rows under a header, each column as wide as its widest cell. */
function columns(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => (row[col] ?? '').length)));
  return [header, ...rows].map((row) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** `helpdesk delivered, crm pending (3 tries, HTTP 503)`; empty when the ticket is not forwarded. */
export function deliveryCell(deliveries: readonly DeliveryRow[]): string {
  return deliveries
    .map((d) => {
      if (d.state === 'delivered') return `${d.target} delivered`;
      const last =
        d.attempts === 0
          ? ''
          : ` (${d.attempts} tr${d.attempts === 1 ? 'y' : 'ies'}, ${d.lastStatus === null ? 'no answer' : `HTTP ${d.lastStatus}`})`;
      return `${d.target} ${d.state}${last}`;
    })
    .join(', ');
}

export function ticketTable(tickets: readonly StoredTicket[], deliveries: readonly DeliveryRow[]): string {
  const forwarded = deliveries.length > 0;
  const header = ['', 'reference', 'received', 'tier', 'verdict', 'queue', 'first response due', 'summary'];
  const rows = tickets.map((t) => {
    const zone = t.ticket.sla.timezone;
    const verdict = t.server.upsellTier ? `${t.server.verdict} → ${t.server.upsellTier}` : t.server.verdict;
    const row = [
      t.mismatch ? '!' : '',
      t.reference,
      when(t.receivedAt, zone),
      t.ticket.tier,
      verdict,
      t.server.sla.queue,
      when(t.server.sla.firstResponseDue, zone),
      clip(t.ticket.summary, 50),
    ];
    return forwarded ? [...row, deliveryCell(deliveries.filter((d) => d.ticketId === t.id))] : row;
  });
  const lines = columns(forwarded ? [...header, 'forwarding'] : header, rows);
  const notes = tickets
    .filter((t) => t.mismatch)
    .map((t) => `! ${t.reference}: the sender's ${t.mismatch?.join(', ')} differed from the server's`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/** Dead deliveries: which ticket, which target, how often it was tried and the last answer. */
export function deadTable(dead: readonly DeliveryRow[]): string {
  const rows = dead.map((d) => [
    d.reference,
    d.target,
    when(d.receivedAt, 'UTC'),
    String(d.attempts),
    d.lastStatus === null ? 'no answer' : `HTTP ${d.lastStatus}`,
    clip(d.lastAnswer ?? '', 70),
  ]);
  return columns(['reference', 'target', 'received (UTC)', 'tries', 'last', 'last answer'], rows).join('\n');
}
