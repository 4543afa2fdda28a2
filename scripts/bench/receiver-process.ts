/**
 * The real server of `npm start` (the receiver, serving a built site) as a child process on a
 * free loopback port with its own ticket database, for the load and Lighthouse sections.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningReceiver {
  url: string;
  /** CPU seconds the receiver has used so far (user + system), or null where /proc is missing. */
  cpuSeconds(): number | null;
  /** SIGTERM, then waits for the receiver to finish its requests and close the database. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** Starts the receiver and resolves once it answers `GET /`; its output goes to `logFile`. */
export async function startReceiver(options: {
  root: string;
  distDir: string;
  ticketsDb: string;
  logFile: string;
}): Promise<RunningReceiver> {
  const port = await freePort();
  const out = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [join(options.root, 'src/receiver/main.ts')], {
    cwd: options.root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TICKETS_DB: options.ticketsDb,
      RATE_LIMIT_PER_MINUTE: '0',
      DIST_DIR: options.distDir,
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the receiver exited with ${child.exitCode}; see ${options.logFile}`);
    try {
      const response = await fetch(`${url}/`);
      await response.arrayBuffer();
      if (response.ok) return { url, stop, cpuSeconds: () => cpuSecondsOf(child.pid) };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`the receiver did not answer at ${url}/ within 10 s; see ${options.logFile}`);
}

/** Linux's clock ticks per second for /proc times; 100 on every common kernel. */
const CLOCK_TICKS = 100;

/** User plus system CPU time of a process from /proc/<pid>/stat (fields 14 and 15). */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
