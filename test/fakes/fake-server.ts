/**
 * What every fake helpdesk shares: an HTTP server on 127.0.0.1 and a random port, started by the
 * test itself, that records each request and can be told to misbehave for the next ones: answer
 * with a status (503, 429 with `Retry-After`…) without doing anything, or do the work and then
 * cut the connection so the answer never arrives (a lost answer).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The body as a `Request`, for `formData()` on multipart bodies. */
  asRequest(): Request;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A planned misbehaviour for the next request whose path matches. */
export type Fault =
  | { kind: 'answer'; status: number; headers?: Record<string, string>; path?: RegExp }
  /** Handle the request, then close the connection without answering. */
  | { kind: 'lose-answer'; path?: RegExp };

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  /** Misbehave on the next matching requests, in order. */
  plan(...faults: Fault[]): void;
  close(): Promise<void>;
}

export type Handler = (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, answer: FakeAnswer): void {
  const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    ...(text ? { 'Content-Type': 'application/json' } : {}),
    ...answer.headers,
  });
  response.end(text);
}

export async function startFake(handler: Handler): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const faults: Fault[] = [];
  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://fake');
      const body = await bodyOf(incoming);
      const request: FakeRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        body,
        asRequest: () =>
          new Request(url, {
            method: incoming.method ?? 'GET',
            headers: incoming.headers as Record<string, string>,
            ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
          }),
      };
      requests.push(request);
      const index = faults.findIndex((fault) => !fault.path || fault.path.test(request.path));
      const fault = index >= 0 ? faults.splice(index, 1)[0] : undefined;
      if (fault?.kind === 'answer')
        return send(response, {
          status: fault.status,
          headers: fault.headers ?? {},
          body: { error: 'planned' },
        });
      const answer = await handler(request);
      if (fault?.kind === 'lose-answer') return void response.socket?.destroy();
      send(response, answer);
    })().catch((error: unknown) => send(response, { status: 500, body: { error: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    plan: (...planned) => faults.push(...planned),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The user and password of a Basic `Authorization` header, or undefined. */
export function basicCredentials(request: FakeRequest): { user: string; password: string } | undefined {
  const header = request.headers.authorization ?? '';
  const match = /^Basic (.+)$/.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export const json = (request: FakeRequest): unknown => JSON.parse(request.body.toString('utf8'));
