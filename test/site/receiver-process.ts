/**
 * The receiver as `npm start` runs it (`src/receiver/main.ts` serving the real build) in a child
 * process on a free port, for tests that need the whole process: durability, hostile requests,
 * a locked or read-only database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { DIST, assertBuilt } from './built-site.ts';

export const MAIN = resolve(import.meta.dirname, '../../src/receiver/main.ts');

export interface RunningReceiver {
  child: ChildProcess;
  base: string;
  /** Everything it printed so far. */
  output: () => string;
}

/** Starts the receiver with `env` on top of the test's own and resolves once it is listening. */
export function startReceiver(env: Record<string, string>): Promise<RunningReceiver> {
  assertBuilt();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', DIST_DIR: DIST, RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolvePromise({ child, base: match[1], output: () => output });
    });
    child.on('exit', (code) =>
      reject(new Error(`receiver exited with ${code} before listening:\n${output}`)),
    );
  });
}

/** Resolves with how the process ended, at once if it already has. */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
}

/** Stops it with SIGKILL if it is still running (for afterAll). */
export function kill(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** A valid ticket.v1 with a fresh id (or `id`), for posting to the real receiver. */
export function plainTicket(summary: string, description: string, id: string = crypto.randomUUID()) {
  return {
    schema: 'ticket.v1',
    id,
    submittedAt: '2026-03-27T10:00:00+01:00',
    tier: 'basic',
    topic: null,
    verdict: 'unknown',
    priority: 'normal',
    summary,
    description,
    customer: { name: 'Ann Peeters', email: 'ann@example.be', company: 'Peeters Logistics' },
    sla: {
      queue: 'support',
      targetMinutes: 960,
      firstResponseDue: '2026-03-30T10:00:00+02:00',
      timezone: 'Europe/Brussels',
    },
  };
}
