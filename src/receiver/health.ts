/**
 * `GET /api/health` for a load balancer or a monitor: 200 `{"status": "ok", "database": "writable"}`
 * while tickets can be stored, 503 with what is wrong (`busy`, `read-only`, `not-answering`…)
 * while they cannot. The check takes the database's write lock and lets it go, so it tells what
 * a ticket would meet; it answers within the database's deadline whatever the database does.
 *
 * With forwarding configured it also reports the outbox: per target the deliveries waiting and
 * dead, and the age of the oldest undelivered ticket in seconds (what a monitor alerts on). A
 * backlog does not make the receiver unhealthy: tickets are still taken and kept.
 *
 * It reports the last day of the business calendar the site was built with and the days left
 * (alert well before 0: a rebuild with newer holiday data moves it on); from the calendar's end
 * no due time can be worked out, tickets are refused, and the check answers 503.
 */
import type { FastifyPluginCallback } from 'fastify';
import { daysLeft } from '../domain/calendar-index.ts';
import { HEALTH_PATH } from '../domain/routes.ts';
import type { TicketDatabase } from './database/client.ts';
import type { TargetBacklog } from './database/outbox-store.ts';

export interface HealthOptions {
  database: TicketDatabase;
  /** The forwarding targets' names; none when tickets are not forwarded. */
  targets: readonly string[];
  now: () => Date;
  /** The end of the compiled business calendar (`calendarEnd` in the domain); unreported when absent. */
  calendarEnd?: { at: number; lastDay: string };
}

interface TargetHealth {
  pending: number;
  dead: number;
  oldestPendingAgeSeconds: number | null;
}

/** The outbox per target (every configured one, with or without deliveries) and the oldest wait. */
export function forwardingHealth(targets: readonly string[], backlog: readonly TargetBacklog[], now: number) {
  const age = (iso: string | null) =>
    iso === null ? null : Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const byTarget: Record<string, TargetHealth> = {};
  for (const name of targets) {
    const row = backlog.find((entry) => entry.target === name);
    byTarget[name] = {
      pending: row?.pending ?? 0,
      dead: row?.dead ?? 0,
      oldestPendingAgeSeconds: age(row?.oldestPending ?? null),
    };
  }
  const ages = Object.values(byTarget).flatMap((t) =>
    t.oldestPendingAgeSeconds === null ? [] : [t.oldestPendingAgeSeconds],
  );
  return { targets: byTarget, oldestUndeliveredAgeSeconds: ages.length > 0 ? Math.max(...ages) : null };
}

export const health: FastifyPluginCallback<HealthOptions> = (
  app,
  { database, targets, now, calendarEnd },
  done,
) => {
  const started = Date.now();
  app.get(HEALTH_PATH, async (_request, reply) => {
    const state = await database.health();
    const uptimeSeconds = Math.round((Date.now() - started) / 1000);
    reply.header('Cache-Control', 'no-store');
    const forwarding =
      targets.length === 0
        ? {}
        : {
            forwarding: await database.outbox.backlog().then(
              (backlog) => forwardingHealth(targets, backlog, now().getTime()),
              () => 'unknown' as const,
            ),
          };
    const at = now().getTime();
    const calendar = calendarEnd
      ? { calendar: { lastDay: calendarEnd.lastDay, daysLeft: daysLeft(calendarEnd.at, at) } }
      : {};
    const databaseState = state.writable ? 'writable' : state.problem;
    const healthy = state.writable && !(calendarEnd && at >= calendarEnd.at);
    return reply.code(healthy ? 200 : 503).send({
      status: healthy ? 'ok' : 'unavailable',
      database: databaseState,
      uptimeSeconds,
      ...calendar,
      ...forwarding,
    });
  });
  done();
};
