/**
 * A ticket with files, forwarded to a Standard Webhooks endpoint: the message carries each
 * file's name, type, size and a signed link that expires seven days after the ticket arrived,
 * and the link downloads the file's exact bytes from the receiver.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookFake, type WebhookFake } from '../fakes/webhook-fake.ts';
import { NOW, postJson, sample, send, SITE, start, upload } from './receiver-harness.ts';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const fakes: WebhookFake[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

describe('forwarding files to a webhook', () => {
  it('sends metadata with a signed link that downloads the exact bytes until it expires', async () => {
    const fake = await startWebhookFake(SECRET);
    fakes.push(fake);
    const receiver = await start({
      // The receiver's clock stands still: the link's expiry is exactly seven days after the ticket arrived.
      now: () => NOW,
      forwarding: {
        targets: [{ name: 'webhook', type: 'webhook', url: fake.url, secretEnv: 'X', secret: SECRET }],
        tuning: { idlePollMs: 20 },
      },
    });
    const { token } = (await upload(receiver.base, 'rejection.pdf', PDF)).json();
    const ticket = sample({ schema: 'ticket.v2', tierConfirmed: true, attachments: [token] });
    expect((await postJson(receiver.base, ticket)).status).toBe(201);
    await expect.poll(() => fake.messages.length, { timeout: 5_000 }).toBe(1);

    const [file] = fake.messages[0]!.payload.data.attachments;
    expect(file).toMatchObject({ name: 'rejection.pdf', type: 'application/pdf', size: PDF.length });
    const link = new URL(file!.url);
    expect(link.origin).toBe(SITE);
    expect(new Date(file!.expiresAt).toISOString()).toBe('2026-04-03T09:00:00.000Z');
    const download = await send(receiver.base, 'GET', `${link.pathname}${link.search}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(Buffer.from(download.text, 'latin1')).toEqual(PDF);
  });
});
