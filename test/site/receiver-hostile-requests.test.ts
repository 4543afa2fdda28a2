/**
 * No request can bring the receiver down: the request-targets that once ended the process and
 * 5,000 generated malformed request lines, headers and bodies go to the real process over raw
 * sockets; none is answered 5xx, and after each one the home page still answers 200.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileRequests, KILLER_TARGETS } from './hostile-requests.ts';
import { kill, startReceiver, type RunningReceiver } from './receiver-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'receiver-hostile-'));
let receiver: RunningReceiver;
let port: number;

beforeAll(async () => {
  receiver = await startReceiver({
    TICKETS_DB: join(dir, 'tickets.sqlite'),
    // Limited, so the limiter sees every post, but high enough that the bodies reach the parser.
    RATE_LIMIT_PER_MINUTE: '1000000',
    TRUST_PROXY: 'loopback',
    CORS_ORIGINS: 'https://helpdesk.example',
  });
  port = Number(new URL(receiver.base).port);
});
afterAll(() => {
  kill(receiver.child);
  rmSync(dir, { recursive: true, force: true });
});

interface RawAnswer {
  /** The final status code, or 0 when the server closed without answering (it may, for a request it cannot read). */
  status: number;
  head: string;
}

/** How long to wait for an answer before telling the server nothing more is coming. */
const QUIET_MS = 300;

/**
 * Sends bytes on a fresh connection and reads the answer's head (past any 100 Continue). A request
 * the server is still waiting on (a body shorter than its Content-Length) gets the connection
 * half-closed after a quiet moment, and counts as unanswered if the server then just closes.
 */
function sendRaw(bytes: Buffer): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let done = false;
    const finish = (status: number, head: string) => {
      if (done) return;
      done = true;
      clearTimeout(quiet);
      clearTimeout(limit);
      socket.destroy();
      resolve({ status, head });
    };
    const quiet = setTimeout(() => socket.end(), QUIET_MS);
    const limit = setTimeout(() => finish(0, received.slice(0, 400)), 5000);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      for (const match of received.matchAll(/HTTP\/1\.[01] (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n/g)) {
        const status = Number(match[1]);
        if (status >= 200) return finish(status, match[0]);
      }
    });
    socket.on('close', () => finish(0, received.slice(0, 400)));
    socket.on('error', () => undefined);
    socket.write(bytes);
  });
}

/** A plain `GET /` on a fresh connection: its status. */
function home(): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
  });
}

describe('the receiver and hostile requests', () => {
  it.each(KILLER_TARGETS)('answers GET %s without dying, and no redirect leaves the site', async (target) => {
    const answer = await sendRaw(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 'latin1'));
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(500);
    expect(answer.head).not.toMatch(/^location: *(?:\/\/|\\|[a-z]+:)/im);
    expect(await home()).toBe(200);
  });

  it('answers 5,000 generated malformed requests without a 5xx, and the home page after each', async () => {
    const requests = hostileRequests(5000);
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    let next = 0;
    // A few connections at a time, each request followed by a normal one on a fresh connection.
    const lanes = Array.from({ length: 8 }, async () => {
      while (next < requests.length) {
        const bytes = requests[next++]!;
        const { status } = await sendRaw(bytes);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500)
          problems.push(`${status} for ${JSON.stringify(bytes.toString('latin1').slice(0, 300))}`);
        const after = await home();
        if (after !== 200)
          problems.push(
            `GET / answered ${after} after ${JSON.stringify(bytes.toString('latin1').slice(0, 300))}`,
          );
      }
    });
    await Promise.all(lanes);
    expect(problems).toEqual([]);
    // The mix reached every layer: the parser's 400s, the router's 404s, the endpoint's refusals.
    for (const status of [400, 403, 404, 405, 413, 415, 431])
      expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    expect(receiver.child.exitCode).toBeNull();
  }, 120_000);
});
