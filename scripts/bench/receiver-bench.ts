/**
 * Section 4, the receiver under load: autocannon posts valid, distinct tickets (each with its id
 * as Idempotency-Key) from 32 connections to the real receiver on loopback, durability on (WAL,
 * synchronous FULL, answered after commit). After each run the receiver is stopped and the
 * database counted: every 201 must be a stored ticket, no more, no less.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { busyCores } from './machine-load.ts';
import { startReceiver } from './receiver-process.ts';
import type { RunningReceiver } from './receiver-process.ts';
import { figure } from './report.ts';
import type { SectionResult } from './report.ts';
import { median } from './stats.ts';
import { seededRandom } from './synthetic-catalogue.ts';
import { syntheticTicket } from './synthetic-tickets.ts';
import { TICKETS_PATH } from '../../src/domain/routes.ts';

const SECTION = 'receiver';
const CONNECTIONS = 32;
/** Tickets per measured run. */
export const TICKETS = 5000;
/** Sent before measuring, so the JIT and the database file are warm; counted in the check too. */
const WARM_UP = 500;

interface RunResult {
  ticketsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  acknowledged: number;
  stored: number;
  /** The receiver's CPU time over the measured run's wall time: 1 is one core busy throughout. */
  receiverCpu: number | null;
  /** The same for this process, the load generator. */
  clientCpu: number;
  /** The whole machine's busy cores over the run: more than receiver + client means others were busy too. */
  machineCpu: number | null;
}

/** Ticket bodies made before the run, so the load generator spends its time sending. */
function bodies(context: BenchContext, count: number, seed: number): { id: string; body: string }[] {
  const data = readBuiltData(context);
  const random = seededRandom(seed);
  const now = new Date();
  return Array.from({ length: count }, (_, n) => {
    const ticket = syntheticTicket(data, random, now, n);
    return { id: ticket.id, body: JSON.stringify(ticket) };
  });
}

/** Spare bodies per batch: autocannon builds each connection's next request before it knows it is done. */
const SPARE = CONNECTIONS * 2;

/** Cores busy while tickets flowed: the receiver, this process (the load generator) and the whole machine. */
interface Usage {
  receiver: number | null;
  client: number;
  machine: number | null;
}

/** Starts counting CPU; the function it returns gives the cores each used since. */
function usageMeter(receiver: RunningReceiver): () => Usage {
  const start = performance.now();
  const receiverBefore = receiver.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const machine = busyCores();
  return () => {
    const seconds = (performance.now() - start) / 1000;
    const receiverAfter = receiver.cpuSeconds();
    const client = process.cpuUsage(clientBefore);
    return {
      receiver:
        receiverBefore === null || receiverAfter === null ? null : (receiverAfter - receiverBefore) / seconds,
      client: (client.user + client.system) / 1e6 / seconds,
      machine: machine()?.all ?? null,
    };
  };
}

interface Fired {
  result: Result;
  /** From the start to the last response; autocannon's own duration runs on to its next one-second tick. */
  seconds: number;
  usage: Usage;
}

/** Sends `tickets.length - SPARE` tickets, each a different one, measuring up to the last response. */
async function fire(
  url: string,
  tickets: { id: string; body: string }[],
  receiver: RunningReceiver,
): Promise<Fired> {
  const amount = tickets.length - SPARE;
  let next = 0;
  let responses = 0;
  let end: { seconds: number; usage: Usage } | undefined;
  const meter = usageMeter(receiver);
  const start = performance.now();
  const stop = () => ({ seconds: (performance.now() - start) / 1000, usage: meter() });
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: TICKETS_PATH,
        // Called for every request built, so every request carries a ticket of its own.
        setupRequest: (request) => {
          const ticket = tickets[next++] as { id: string; body: string };
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'idempotency-key': ticket.id },
            body: ticket.body,
          };
        },
      },
    ],
  });
  instance.on('response', () => {
    if (++responses === amount) end = stop();
  });
  const result = await instance;
  return { result, ...(end ?? stop()) };
}

const created = (result: Result) => result.statusCodeStats['201']?.count ?? 0;

async function run(context: BenchContext, index: number): Promise<RunResult> {
  const dir = join(context.tmp, 'receiver');
  mkdirSync(dir, { recursive: true });
  const ticketsDb = join(dir, `tickets-run${index}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${ticketsDb}${suffix}`, { force: true });
  const all = bodies(context, WARM_UP + TICKETS + 2 * SPARE, 100 + index);
  const receiver = await startReceiver({
    root: context.project,
    distDir: context.dist,
    ticketsDb,
    logFile: join(dir, `receiver-run${index}.log`),
  });
  let warm: Fired;
  let measured: Fired;
  try {
    warm = await fire(receiver.url, all.slice(0, WARM_UP + SPARE), receiver);
    measured = await fire(receiver.url, all.slice(WARM_UP + SPARE), receiver);
  } finally {
    await receiver.stop();
  }
  const db = new DatabaseSync(ticketsDb, { readOnly: true });
  const stored = Number((db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n);
  db.close();
  const { result } = measured;
  return {
    ticketsPerSecond: created(result) / measured.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + warm.result.errors + warm.result.timeouts,
    non2xx: result.non2xx + warm.result.non2xx,
    acknowledged: created(warm.result) + created(result),
    stored,
    receiverCpu: measured.usage.receiver,
    clientCpu: measured.usage.client,
    machineCpu: measured.usage.machine,
  };
}

export async function receiverBench(context: BenchContext): Promise<SectionResult> {
  const runs: RunResult[] = [];
  for (let i = 0; i < context.runs; i++) {
    const r = await run(context, i);
    context.log(
      `receiver run ${i + 1}/${context.runs}: ${r.ticketsPerSecond.toFixed(0)} tickets/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.stored}/${r.acknowledged} stored`,
    );
    runs.push(r);
  }
  const sum = (of: (r: RunResult) => number) => runs.reduce((total, r) => total + of(r), 0);
  const mismatched = runs.filter((r) => r.stored !== r.acknowledged).length;
  const cpu = runs.map((r) => r.receiverCpu).filter((v): v is number => v !== null);
  return {
    figures: [
      figure(
        SECTION,
        `throughput, ${CONNECTIONS} connections, ${TICKETS.toLocaleString('en-GB')} tickets`,
        median(runs.map((r) => r.ticketsPerSecond)),
        'tickets/s',
        { goal: { op: '>=', target: 1500 } },
      ),
      figure(SECTION, 'latency p50', median(runs.map((r) => r.p50)), 'ms'),
      figure(SECTION, 'latency p99', median(runs.map((r) => r.p99)), 'ms', {
        goal: { op: '<=', target: 50 },
      }),
      figure(
        SECTION,
        `errors and non-2xx answers, all ${runs.length} runs`,
        sum((r) => r.errors + r.non2xx),
        '',
        { goal: { op: '<=', target: 0 } },
      ),
      figure(SECTION, 'runs where stored ≠ acknowledged (201)', mismatched, '', {
        goal: { op: '<=', target: 0 },
        note: `stored/acknowledged per run, warm-up of ${WARM_UP} included: ${runs.map((r) => `${r.stored}/${r.acknowledged}`).join(', ')}`,
      }),
      figure(
        SECTION,
        'receiver CPU while measured (1 = one core busy)',
        cpu.length === 0 ? null : median(cpu),
        '',
        {
          note:
            `cores busy during each measured run (receiver / load generator / whole machine): ` +
            runs
              .map(
                (r) =>
                  `${r.receiverCpu?.toFixed(2) ?? '?'} / ${r.clientCpu.toFixed(2)} / ${r.machineCpu?.toFixed(2) ?? '?'}`,
              )
              .join(', '),
        },
      ),
    ],
    details: runs,
  };
}
