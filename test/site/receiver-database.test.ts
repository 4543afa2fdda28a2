/**
 * The receiver and a database it cannot use: another process holding the write lock (pages answer
 * at once, a ticket hears 503 with Retry-After within a second, the health check says busy), and a
 * file it may not write (it refuses to start, naming the file).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTicketStore } from '../../src/receiver/database/ticket-store.ts';
import { DIST } from './built-site.ts';
import { exited, kill, MAIN, plainTicket, startReceiver } from './receiver-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'receiver-database-'));
const children: ChildProcess[] = [];

afterAll(() => {
  children.forEach(kill);
  rmSync(dir, { recursive: true, force: true });
});

const ticket = (summary: string) =>
  JSON.stringify(plainTicket(summary, 'Sent while another process may hold the write lock.'));

/** Another process that takes the write lock (BEGIN IMMEDIATE) and holds it until stopped. */
async function holdWriteLock(file: string): Promise<ChildProcess> {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    process.stdin.on('data', () => {}).on('end', () => { db.exec('ROLLBACK'); db.close(); });
  `;
  const holder = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(holder);
  await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
  return holder;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('a database held by another process', () => {
  it('keeps pages quick, answers tickets 503 with Retry-After within a second, and takes them again once free', async () => {
    const file = join(dir, 'locked', 'tickets.sqlite');
    const receiver = await startReceiver({ TICKETS_DB: file });
    children.push(receiver.child);
    const post = (summary: string) =>
      fetch(`${receiver.base}/api/tickets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: ticket(summary),
      });
    expect((await post('Before the lock is taken')).status).toBe(201);

    const holder = await holdWriteLock(file);
    const refused = await timed(() => post('While the lock is held'));
    expect(refused.value.status).toBe(503);
    expect(refused.value.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.ms).toBeLessThan(1000);

    // Pages never wait for the database, even while a ticket does.
    const waiting = post('Waiting for the lock as the page loads');
    const page = await timed(() => fetch(`${receiver.base}/`).then((response) => response.status));
    expect(page.value).toBe(200);
    expect(page.ms).toBeLessThan(100);
    expect((await waiting).status).toBe(503);

    const health = await fetch(`${receiver.base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'busy' });

    holder.stdin?.end();
    await exited(holder);
    expect((await post('After the lock is let go')).status).toBe(201);
    const healthy = await fetch(`${receiver.base}/api/health`);
    expect(await healthy.json()).toMatchObject({ status: 'ok', database: 'writable' });
  }, 20_000);
});

/** Root can write any file, so the read-only cases run the receiver as `nobody`. */
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)('a database the receiver may not write', () => {
  it.each([
    ['the file is read-only', 0o755, 0o444],
    ['the folder and the file belong to someone else', 0o755, 0o644],
  ])('refuses to start when %s, naming the file, within 10 s', (_case, folderMode, fileMode) => {
    const folder = join(dir, `read-only-${fileMode.toString(8)}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'tickets.sqlite');
    openTicketStore(file).close();
    chmodSync(dir, 0o755);
    chmodSync(folder, folderMode);
    chmodSync(file, fileMode);
    // In the first case nobody owns the folder, so only the file's mode stands in the way.
    if (fileMode === 0o444) chownSync(folder, 65534, 65534);
    const started = performance.now();
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, MAIN], {
      env: { ...process.env, PORT: '0', DIST_DIR: DIST, TICKETS_DB: file },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`cannot write the ticket database ${file}`);
  });
});
