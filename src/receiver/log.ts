/**
 * The receiver's log: one JSON object per line on standard output (pino), with `time`, `level`,
 * `msg` and the fields a line carries (`ticket`, `target`, `status`…), so a log shipper can read
 * it without parsing prose. Tests pass their own function and read the lines back.
 */
import { pino } from 'pino';

/** A log line: a sentence, and fields; `level: 'error'` marks what someone should look at. */
export type Log = (message: string, fields?: Record<string, unknown>) => void;

export function jsonLog(): Log {
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
  return (message, fields = {}) => {
    const { level, ...rest } = fields;
    if (level === 'error') logger.error(rest, message);
    else logger.info(rest, message);
  };
}
