/** A row of the `tickets` table as `node:sqlite` gives it, and the server's view of the ticket read back from it. */
import type { ServerTriage } from '../../domain/helpdesk-fields.ts';

export interface TicketRow {
  id: string;
  reference: string;
  received_at: string;
  payload: string;
  server_verdict: string;
  server_upsell_tier: string | null;
  server_queue: string;
  server_target_minutes: number;
  server_due: string;
  mismatch: string | null;
}

/** The receiver's own verdict and SLA, as stored beside the ticket. */
export function serverOf(row: Omit<TicketRow, 'id' | 'mismatch'>): ServerTriage {
  return {
    verdict: row.server_verdict as ServerTriage['verdict'],
    ...(row.server_upsell_tier ? { upsellTier: row.server_upsell_tier as ServerTriage['upsellTier'] } : {}),
    sla: {
      queue: row.server_queue as ServerTriage['sla']['queue'],
      targetMinutes: row.server_target_minutes,
      firstResponseDue: row.server_due,
    },
  };
}
