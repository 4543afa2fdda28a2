/**
 * Forwarding to a Standard Webhooks endpoint from the receiver as `npm start` runs it, set up
 * with `FORWARD_WEBHOOK_URL` and `FORWARD_WEBHOOK_SECRET`: an endpoint that fails at first gets
 * every acknowledged ticket exactly once when it recovers, and a receiver killed (SIGKILL) in
 * the middle of forwarding a burst repeats, after a restart, at most the delivery in flight,
 * with the same `webhook-id` and body.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ticketReference } from '../../src/domain/ticket.ts';
import { startWebhookFake, type WebhookFake } from '../fakes/webhook-fake.ts';
import { exited, kill, plainTicket, startReceiver } from './receiver-process.ts';

const SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes').toString('base64')}`;
const dir = mkdtempSync(join(tmpdir(), 'forwarding-webhook-'));
const children: ChildProcess[] = [];
const fakes: WebhookFake[] = [];

afterAll(async () => {
  children.forEach(kill);
  for (const fake of fakes) await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function receiverFor(fake: WebhookFake, ticketsDb: string) {
  const running = await startReceiver({
    TICKETS_DB: ticketsDb,
    FORWARD_WEBHOOK_URL: `${fake.url}/hooks/cas`,
    FORWARD_WEBHOOK_SECRET: SECRET,
  });
  children.push(running.child);
  return running;
}

async function post(base: string, ticket: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${base}/api/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(ticket.id) },
    body: JSON.stringify(ticket),
  });
  return response.status;
}

/** The verified messages per webhook-id. */
function byId(fake: WebhookFake): Map<string, WebhookFake['messages']> {
  const groups = new Map<string, WebhookFake['messages']>();
  for (const message of fake.messages) groups.set(message.id, [...(groups.get(message.id) ?? []), message]);
  return groups;
}

describe('forwarding to a webhook', () => {
  it('delivers every acknowledged ticket exactly once, signed, after the endpoint answered 503 at first', async () => {
    const fake = await startWebhookFake(SECRET);
    fakes.push(fake);
    fake.plan(...Array.from({ length: 3 }, () => ({ kind: 'answer' as const, status: 503 })));
    const receiver = await receiverFor(fake, join(dir, 'recover', 'tickets.sqlite'));
    const tickets = Array.from({ length: 10 }, (_, i) =>
      plainTicket(`Webhook ticket ${i}`, `Ticket ${i} for a webhook.`),
    );
    for (const ticket of tickets) expect(await post(receiver.base, ticket)).toBe(201);

    await expect.poll(() => byId(fake).size, { timeout: 15_000, interval: 100 }).toBe(10);
    expect(fake.refused).toBe(0);
    expect(fake.messages).toHaveLength(10);
    // In order of arrival, each with its reference and the receiver's own verdict.
    expect(fake.messages.map((m) => m.id)).toEqual(tickets.map((t) => t.id));
    const first = fake.messages[0]!;
    expect(first.payload.type).toBe('ticket.received');
    expect(first.payload.data.reference).toBe(ticketReference(String(tickets[0]!.id)));
    expect(first.payload.data.server.verdict).toBe('unknown');
    expect(first.payload.data.ticket.summary).toBe('Webhook ticket 0');

    const health = (await (await fetch(`${receiver.base}/api/health`)).json()) as Record<string, any>;
    expect(health.forwarding).toEqual({
      targets: { webhook: { pending: 0, dead: 0, oldestPendingAgeSeconds: null } },
      oldestUndeliveredAgeSeconds: null,
    });
    receiver.child.kill('SIGTERM');
    expect(await exited(receiver.child)).toEqual({ code: 0, signal: null });
    // A clean stop: the forwarder ends before the database closes, so nothing is logged as an error.
    const lines = receiver
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
    expect(lines.at(-1)?.msg).toBe('receiver: stopped');
  }, 30_000);

  it('repeats only the delivery in flight when killed mid-burst, with the same webhook-id and body', async () => {
    const fake = await startWebhookFake(SECRET);
    fakes.push(fake);
    const ticketsDb = join(dir, 'killed', 'tickets.sqlite');
    const first = await receiverFor(fake, ticketsDb);
    const tickets = Array.from({ length: 200 }, (_, i) =>
      plainTicket(`Burst ${i}`, `Ticket ${i} of a burst.`),
    );
    const statuses = await Promise.all(tickets.map((ticket) => post(first.base, ticket)));
    expect(statuses.every((status) => status === 201)).toBe(true);

    // Killed while the 50th message waits for its answer: that one is in flight.
    await expect
      .poll(() => fake.messages.length, { timeout: 15_000, interval: 5 })
      .toBeGreaterThanOrEqual(50);
    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toEqual({ code: null, signal: 'SIGKILL' });
    const beforeRestart = fake.messages.length;
    expect(beforeRestart).toBeLessThan(200);

    const second = await receiverFor(fake, ticketsDb);
    await expect.poll(() => byId(fake).size, { timeout: 30_000, interval: 100 }).toBe(200);
    const groups = byId(fake);
    const repeated = [...groups.values()].filter((messages) => messages.length > 1);
    expect(repeated.length).toBeLessThanOrEqual(1);
    for (const messages of repeated) {
      expect(new Set(messages.map((m) => m.body)).size).toBe(1);
      // The repeat is the last message sent before the kill, sent again first after the restart.
      expect(fake.messages[beforeRestart - 1]?.id).toBe(messages[0]?.id);
      expect(fake.messages[beforeRestart]?.id).toBe(messages[0]?.id);
    }
    expect(new Set(groups.keys())).toEqual(new Set(tickets.map((t) => String(t.id))));
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });
  }, 60_000);
});
