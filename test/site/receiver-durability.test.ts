/**
 * The receiver as `npm start` runs it, in its own process: an acknowledged ticket survives
 * SIGKILL, and re-sending after a restart stores every ticket exactly once.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTicketStore } from '../../src/receiver/database/ticket-store.ts';
import { exited, kill, plainTicket, startReceiver } from './receiver-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'receiver-durability-'));
const ticketsDb = join(dir, 'data', 'tickets.sqlite');
const children: ChildProcess[] = [];

afterAll(() => {
  children.forEach(kill);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the receiver on the test's database and resolves once it is listening. */
async function start(): Promise<{ child: ChildProcess; base: string }> {
  const running = await startReceiver({ TICKETS_DB: ticketsDb });
  children.push(running.child);
  return running;
}

const ticket = (i: number) =>
  plainTicket(`Burst ticket number ${i}`, `Ticket ${i} of a burst sent while the receiver is killed.`);

/** Posts a ticket; resolves to the status, or 0 when the connection died first. */
function post(base: string, body: Record<string, unknown>): Promise<number> {
  return new Promise((resolvePromise) => {
    const text = JSON.stringify(body);
    const req = request(new URL('/api/tickets', base), {
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(body.id) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolvePromise(res.statusCode ?? 0));
      res.on('error', () => resolvePromise(0));
    });
    req.on('error', () => resolvePromise(0));
    req.end(text);
  });
}

describe('the receiver process', () => {
  it('keeps every acknowledged ticket through SIGKILL mid-burst and stores each exactly once after re-sending', async () => {
    const tickets = Array.from({ length: 200 }, (_, i) => ticket(i));
    const first = await start();

    const acknowledged = new Set<string>();
    let killed = false;
    const statuses = await Promise.all(
      tickets.map(async (t) => {
        const status = await post(first.base, t);
        if (status === 201) acknowledged.add(String(t.id));
        if (!killed && acknowledged.size >= 20) {
          killed = true;
          first.child.kill('SIGKILL');
        }
        return status;
      }),
    );
    expect(await exited(first.child)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.size).toBeGreaterThan(0);
    // Every answer was a 201 or a dropped connection: nothing in between.
    expect(statuses.every((status) => status === 201 || status === 0)).toBe(true);

    const reader = openTicketStore(ticketsDb);
    const storedAfterKill = new Set(reader.list().map((t) => t.id));
    reader.close();
    for (const id of acknowledged) expect(storedAfterKill.has(id)).toBe(true);

    const second = await start();
    const resent = await Promise.all(tickets.map((t) => post(second.base, t)));
    tickets.forEach((t, i) => expect(resent[i]).toBe(storedAfterKill.has(String(t.id)) ? 200 : 201));

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });

    const store = openTicketStore(ticketsDb);
    const stored = store.list();
    store.close();
    expect(stored).toHaveLength(tickets.length);
    expect(new Set(stored.map((t) => t.id))).toEqual(new Set(tickets.map((t) => String(t.id))));
  }, 20_000);
});
