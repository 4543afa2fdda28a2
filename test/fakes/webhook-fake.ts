/**
 * A Standard Webhooks receiver, as an endpoint owner writes one: it verifies every message's
 * signature with the `standardwebhooks` package (a bad one is answered 401 and not kept) and
 * records every verified message, repeats included, so a test can count deliveries per
 * `webhook-id`.
 */
import { Webhook } from 'standardwebhooks';
import { startFake, type FakeServer } from './fake-server.ts';

export interface WebhookMessage {
  id: string;
  timestamp: string;
  body: string;
  payload: {
    type: string;
    data: {
      reference: string;
      ticket: { id: string; summary: string };
      server: { verdict: string };
      attachments: { name: string; type: string; size: number; url: string; expiresAt: string }[];
    };
  };
}

export interface WebhookFake extends FakeServer {
  /** Every verified message, in order of arrival. */
  messages: WebhookMessage[];
  /** Messages whose signature did not verify. */
  refused: number;
}

export async function startWebhookFake(secret: string): Promise<WebhookFake> {
  const verifier = new Webhook(secret);
  const messages: WebhookMessage[] = [];
  const fake: WebhookFake = Object.assign(
    await startFake((request) => {
      const headers = {
        'webhook-id': String(request.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
      };
      const body = request.body.toString('utf8');
      let payload: WebhookMessage['payload'];
      try {
        payload = verifier.verify(body, headers) as WebhookMessage['payload'];
      } catch {
        fake.refused++;
        return { status: 401, body: { error: 'bad signature' } };
      }
      messages.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], body, payload });
      return { status: 204 };
    }),
    { messages, refused: 0 },
  );
  return fake;
}
