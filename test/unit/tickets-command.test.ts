/**
 * `npm run tickets` on a database holding a ticket stored before text had to be plain: what the
 * sender hid in it is shown, escaped, and never reaches the terminal as a control sequence; its
 * delivery to each forwarding target is shown, a dead one listed by `--dead` and queued again by
 * `--retry`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clip } from '../../src/cli/tickets-table.ts';
import { openTicketStore } from '../../src/receiver/database/ticket-store.ts';

const COMMAND = join(import.meta.dirname, '../../src/cli/tickets.ts');
const dir = mkdtempSync(join(tmpdir(), 'tickets-command-'));
const ticketsDb = join(dir, 'tickets.sqlite');
const SUMMARY = '\u001b[2J\u001b[H\u001b]0;owned\u0007URGENT \u202Egnp.exe';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seed() {
  const store = openTicketStore(ticketsDb);
  const ticket = {
    schema: 'ticket.v1',
    id: '0b7e2c1a-4f3d-4a8e-9c2b-5d6e7f8a9b0c',
    submittedAt: '2026-03-27T09:00:00Z',
    tier: 'premium',
    topic: null,
    verdict: 'unknown',
    priority: 'high',
    summary: SUMMARY,
    description: 'Stored by an older receiver.',
    customer: { name: 'Ann Peeters', email: 'ann@example.be', company: 'Peeters Logistics' },
    sla: {
      queue: 'support',
      targetMinutes: 240,
      firstResponseDue: '2026-03-27T13:00:00Z',
      timezone: 'Europe/Brussels',
    },
  };
  const server = { verdict: 'unknown', sla: { ...ticket.sla, queue: 'support' } } as const;
  store.saveBatch([
    {
      id: ticket.id,
      reference: 'CAS-7F3A9C2D',
      receivedAt: '2026-03-27T09:00:00.000Z',
      payload: JSON.stringify(ticket),
      server,
      mismatch: [],
      targets: ['crm', 'helpdesk'],
    },
  ]);
  const at = Date.parse('2026-03-27T09:05:00.000Z');
  store.outbox.startAttempt(ticket.id, 'helpdesk', at);
  store.outbox.finishAttempt({
    ticketId: ticket.id,
    target: 'helpdesk',
    state: 'dead',
    nextAttemptAt: at,
    status: 422,
    answer: '{"error":"RecordInvalid"}',
    at,
  });
  store.close();
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [COMMAND, ...args], {
    env: { ...process.env, TICKETS_DB: ticketsDb },
    encoding: 'utf8',
  });
}

describe('npm run tickets', () => {
  seed();

  it('shows escape sequences and text direction controls escaped in the table', () => {
    const { stdout, status } = run();
    expect(status).toBe(0);
    expect(stdout).toContain('\\u001b[2J\\u001b[H\\u001b]0;owned\\u0007URGENT \\u202egnp.exe');
    for (const hidden of ['\u001b', '\u0007', '\u202e']) expect(stdout).not.toContain(hidden);
  });

  it('writes JSON that means the same text and holds no control character', () => {
    const { stdout, status } = run('--json');
    expect(status).toBe(0);
    for (const hidden of ['\u001b', '\u0007', '\u202e']) expect(stdout).not.toContain(hidden);
    expect(JSON.parse(stdout)[0].ticket.summary).toBe(SUMMARY);
  });

  it('shows where each ticket was forwarded', () => {
    const { stdout } = run();
    expect(stdout).toContain('crm pending, helpdesk dead (1 try, HTTP 422)');
  });

  it('lists dead deliveries with the last answer, and --retry queues them again', () => {
    const dead = run('--dead');
    expect(dead.status).toBe(0);
    expect(dead.stdout).toMatch(
      /CAS-7F3A9C2D\s+helpdesk\s+2026-03-27 09:00\s+1\s+HTTP 422\s+\{"error":"RecordInvalid"\}/,
    );

    const before = Date.now();
    const retried = run('--retry', 'cas-7f3a9c2d');
    expect(retried.status).toBe(0);
    expect(retried.stdout).toBe('CAS-7F3A9C2D: 1 dead delivery queued again, due now.\n');
    // Its three days start again now, not when the ticket arrived (2026-03-27): one failure does not kill it.
    const store = openTicketStore(ticketsDb);
    const job = store.outbox.next('helpdesk');
    store.close();
    expect(job?.receivedAt).toBe(Date.parse('2026-03-27T09:00:00.000Z'));
    expect(job?.requeuedAt).toBeGreaterThanOrEqual(before);
    expect(job?.requeuedAt).toBeLessThanOrEqual(Date.now());
    expect(run('--dead').stdout).toBe(`No dead deliveries in ${ticketsDb}.\n`);
    expect(run().stdout).toContain('crm pending, helpdesk pending (1 try, HTTP 422)');

    const again = run('--retry', 'CAS-7F3A9C2D');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`tickets: CAS-7F3A9C2D has no dead delivery in ${ticketsDb}\n`);
  });

  it('refuses a --retry that is not a reference, naming the option', () => {
    const { status, stderr } = run('--retry', '42');
    expect(status).toBe(2);
    expect(stderr).toBe('tickets: --retry takes a ticket reference like CAS-7F3A9C2D, got "42"\n');
  });
});

describe('a summary cut to its column', () => {
  it('is cut between characters, never inside an emoji', () => {
    expect(clip('Vrijgave 😞 ontbreekt', 11)).toBe('Vrijgave 😞…');
    expect(clip('Vrijgave 😞', 11)).toBe('Vrijgave 😞');
    expect(clip('two\n  lines', 20)).toBe('two lines');
  });
});
