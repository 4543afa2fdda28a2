/** The due time of a freshly computed SLA, with the skipped days and the explanation. */
import type { Sla } from '../../domain/sla.ts';
import { DueTime } from './DueTime.tsx';

interface Props {
  sla: Sla;
  /** `describeSkipped` from the SLA module, already loaded by the caller. */
  describeSkipped: (skipped: Sla['skipped'], year: number) => string;
  note?: string;
}

export function SlaDueTime({ sla, describeSkipped, note }: Props) {
  const year = Number(sla.clockStarted.slice(0, 4));
  return (
    <DueTime
      due={sla.firstResponseDue}
      zone={sla.timezone}
      skipped={sla.skipped.length > 0 ? describeSkipped(sla.skipped, year) : undefined}
      explanation={note ? `${sla.explanation} ${note}` : sla.explanation}
    />
  );
}
