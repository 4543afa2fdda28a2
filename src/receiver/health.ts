/**
 * `GET /api/health` for a load balancer or a monitor: 200 `{"status": "ok", "database": "writable"}`
 * while tickets can be stored, 503 with what is wrong (`busy`, `read-only`, `not-answering`…)
 * while they cannot. The check takes the database's write lock and lets it go, so it tells what
 * a ticket would meet; it answers within the database's deadline whatever the database does.
 */
import type { FastifyPluginCallback } from 'fastify';
import { HEALTH_PATH } from '../domain/routes.ts';
import type { TicketDatabase } from './database/client.ts';

export interface HealthOptions {
  database: TicketDatabase;
}

export const health: FastifyPluginCallback<HealthOptions> = (app, { database }, done) => {
  const started = Date.now();
  app.get(HEALTH_PATH, async (_request, reply) => {
    const state = await database.health();
    const uptimeSeconds = Math.round((Date.now() - started) / 1000);
    reply.header('Cache-Control', 'no-store');
    if (state.writable) return reply.code(200).send({ status: 'ok', database: 'writable', uptimeSeconds });
    return reply.code(503).send({ status: 'unavailable', database: state.problem, uptimeSeconds });
  });
  done();
};
