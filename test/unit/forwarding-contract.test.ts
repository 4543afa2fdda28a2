/**
 * Each helpdesk target against a fake of its API on loopback, written from the helpdesk's public
 * documentation (test/fakes/): the ticket arrives once in the helpdesk's own shape, and so it
 * does after a 429 with `Retry-After`, after a 5xx, and after an answer that never came; a
 * refusal the helpdesk would repeat leaves the delivery dead with its answer kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ticketReference } from '../../src/domain/ticket.ts';
import type { ForwardingTarget } from '../../src/receiver/forwarding/config.ts';
import type { FakeServer } from '../fakes/fake-server.ts';
import { startFreshdeskFake } from '../fakes/freshdesk-fake.ts';
import { startJsmFake } from '../fakes/jsm-fake.ts';
import { startZendeskFake } from '../fakes/zendesk-fake.ts';
import { postJson, sample, start, upload } from './receiver-harness.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff]);
const XML = Buffer.from('<?xml version="1.0"?>\n<CC515C><MRN>24BE000000123456A7</MRN></CC515C>\n');

const fakes: FakeServer[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

interface Contract {
  name: string;
  /** Starts the fake and gives the target pointing at it, and how to read what the helpdesk holds. */
  setup(): Promise<{
    fake: FakeServer;
    target: ForwardingTarget;
    created: () => { subject: string }[];
    /** The files the helpdesk holds for its tickets. */
    files: () => { name: string; bytes: Buffer }[];
  }>;
  /** The path a new ticket is posted to. */
  createPath: RegExp;
}

const CONTRACTS: Contract[] = [
  {
    name: 'zendesk',
    createPath: /^\/api\/v2\/tickets\.json$/,
    async setup() {
      const fake = await startZendeskFake({ email: 'agent@example.com', token: 'zd-token' });
      const target: ForwardingTarget = {
        name: 'helpdesk',
        type: 'zendesk',
        url: fake.url,
        email: 'agent@example.com',
        tokenEnv: 'ZENDESK_API_TOKEN',
        secret: 'zd-token',
        customFields: { verdict: 101, topic: 102, due: 103 },
      };
      const files = () =>
        fake.tickets.flatMap((t) =>
          (t.comment.uploads ?? []).map((token) => {
            const file = fake.uploads.get(token)!;
            return { name: file.filename, bytes: file.bytes };
          }),
        );
      return { fake, target, created: () => fake.tickets, files };
    },
  },
  {
    name: 'jsm',
    createPath: /^\/rest\/servicedeskapi\/request$/,
    async setup() {
      const fake = await startJsmFake({ email: 'agent@example.com', token: 'jsm-token', serviceDeskId: '4' });
      const target: ForwardingTarget = {
        name: 'helpdesk',
        type: 'jsm',
        url: fake.url,
        email: 'agent@example.com',
        tokenEnv: 'JSM_API_TOKEN',
        secret: 'jsm-token',
        serviceDeskId: '4',
        requestTypes: { support: '11', sales: '12', advice: '13' },
        fields: { verdict: 'customfield_10050' },
      };
      return {
        fake,
        target,
        created: () => fake.requests_.map((r) => ({ ...r, subject: r.requestFieldValues.summary ?? '' })),
        files: () =>
          fake.requests_.flatMap((r) => r.attachments.map((a) => ({ name: a.fileName, bytes: a.bytes }))),
      };
    },
  },
  {
    name: 'freshdesk',
    createPath: /^\/api\/v2\/tickets$/,
    async setup() {
      const fake = await startFreshdeskFake('fd-key');
      const target: ForwardingTarget = {
        name: 'helpdesk',
        type: 'freshdesk',
        url: fake.url,
        apiKeyEnv: 'FRESHDESK_API_KEY',
        secret: 'fd-key',
        customFields: { reference: 'cf_cas_reference', verdict: 'cf_cas_verdict' },
      };
      return {
        fake,
        target,
        created: () => fake.tickets,
        files: () => fake.tickets.flatMap((t) => t.attachments),
      };
    },
  },
];

/** A receiver forwarding to the contract's fake, with the worker's randomness fixed (waits at their shortest). */
async function forwardingTo(contract: Contract) {
  const { fake, target, created, files } = await contract.setup();
  fakes.push(fake);
  const receiver = await start({
    now: () => new Date(),
    forwarding: {
      targets: [target],
      tuning: { random: () => 0, idlePollMs: 20 },
    },
  });
  const deliveries = () => receiver.store.outbox.list();
  const settled = () => deliveries().every((d) => d.state !== 'pending');
  return { fake, created, files, receiver, deliveries, settled };
}

describe.each(CONTRACTS)('forwarding to $name', (contract) => {
  it('creates the ticket once, with the reference in its subject', async () => {
    const { created, receiver, deliveries, settled } = await forwardingTo(contract);
    const ticket = sample();
    expect((await postJson(receiver.base, ticket)).status).toBe(201);
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    expect(deliveries()).toMatchObject([{ state: 'delivered', attempts: 1, lastStatus: 201 }]);
    expect(created().map((t) => t.subject)).toEqual([`[${ticketReference(ticket.id)}] ${ticket.summary}`]);
  });

  it('sends the attached files with the ticket, byte for byte', async () => {
    const { created, files, receiver, settled } = await forwardingTo(contract);
    const { token } = (await upload(receiver.base, 'screen.png', PNG)).json();
    const xml = (await upload(receiver.base, 'CC515C.xml', XML)).json();
    const ticket = sample({ schema: 'ticket.v2', tierConfirmed: true, attachments: [token, xml.token] });
    expect((await postJson(receiver.base, ticket)).status).toBe(201);
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    expect(created()).toHaveLength(1);
    expect(files()).toEqual([
      { name: 'screen.png', bytes: PNG },
      { name: 'CC515C.xml', bytes: XML },
    ]);
  });

  it('honours 429 with Retry-After, then creates the ticket once', async () => {
    const { fake, created, receiver, deliveries, settled } = await forwardingTo(contract);
    fake.plan({ kind: 'answer', status: 429, headers: { 'Retry-After': '1' }, path: contract.createPath });
    const posted = Date.now();
    await postJson(receiver.base, sample());
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    const creates = fake.requests.filter((r) => r.method === 'POST' && contract.createPath.test(r.path));
    expect(creates).toHaveLength(2);
    expect(Date.now() - posted).toBeGreaterThanOrEqual(1_000);
    expect(deliveries()).toMatchObject([{ state: 'delivered', attempts: 2 }]);
    expect(created()).toHaveLength(1);
  });

  it('tries again after a 503 and creates the ticket once', async () => {
    const { fake, created, receiver, deliveries, settled } = await forwardingTo(contract);
    fake.plan({ kind: 'answer', status: 503, path: contract.createPath });
    await postJson(receiver.base, sample());
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    expect(deliveries()).toMatchObject([{ state: 'delivered', attempts: 2, lastStatus: 201 }]);
    expect(created()).toHaveLength(1);
  });

  it('creates the ticket once when the answer to the first attempt never came', async () => {
    const { fake, created, receiver, deliveries, settled } = await forwardingTo(contract);
    fake.plan({ kind: 'lose-answer', path: contract.createPath });
    await postJson(receiver.base, sample());
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    expect(deliveries()).toMatchObject([{ state: 'delivered', attempts: 2 }]);
    expect(created()).toHaveLength(1);
  });

  it('leaves a delivery the helpdesk refuses (400) dead, keeping its answer, without trying again', async () => {
    const { fake, created, receiver, deliveries, settled } = await forwardingTo(contract);
    fake.plan({ kind: 'answer', status: 400, path: contract.createPath });
    await postJson(receiver.base, sample());
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    expect(deliveries()).toMatchObject([
      { state: 'dead', attempts: 1, lastStatus: 400, lastAnswer: '{"error":"planned"}' },
    ]);
    expect(created()).toHaveLength(0);
    expect(receiver.logs.some((line) => line.includes('dead to helpdesk'))).toBe(true);
  });
});
