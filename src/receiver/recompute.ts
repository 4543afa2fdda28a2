/**
 * The receiver's own verdict and SLA for a ticket, from the built site's data (`dist/data/intake.json`)
 * and the receiver's clock: the sender's values are stored beside these, never instead of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeData } from '../domain/intake-data.ts';
import { triageFields, triageRequestOf } from '../domain/ticket-triage.ts';
import { triage } from '../domain/triage.ts';
import type { Recompute } from './recheck.ts';

/** The built site's intake data; throws naming the file when it cannot be read. */
export function readIntakeData(distDir: string): IntakeData {
  const file = join(distDir, 'data/intake.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IntakeData;
  } catch (error) {
    throw new Error(
      `cannot read ${file} (${error instanceof Error ? error.message : String(error)}); run \`npm run build\` first`,
    );
  }
}

export function loadRecompute(distDir: string): Recompute {
  return recomputeWith(readIntakeData(distDir));
}

export function recomputeWith(data: IntakeData): Recompute {
  return (ticket, now) => {
    const { verdict, sla } = triage(data, triageRequestOf(ticket), now);
    return triageFields(verdict, sla);
  };
}
