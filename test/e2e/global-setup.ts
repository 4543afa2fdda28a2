/**
 * Starts the real server of `npm start` (the receiver, serving the built `dist/`) on a free port
 * with a throwaway ticket database, and hands its address to the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    ticketsDb: string;
    port: number;
  }
}

const ROOT = join(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('Chromium is missing: run scripts/ensure-chromium.sh');
  const dir = mkdtempSync(join(tmpdir(), 'cas-e2e-'));
  const ticketsDb = join(dir, 'tickets.sqlite');
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'src/receiver/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), TICKETS_DB: ticketsDb, RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/`, child);
  project.provide('baseURL', baseURL);
  project.provide('ticketsDb', ticketsDb);
  project.provide('port', port);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  };
}
