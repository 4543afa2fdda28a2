/**
 * How busy the machine was while something ran, from Linux's /proc: all cores, and the share
 * that was not this benchmark or the processes it started. The benchmark shares two cores with
 * whatever else runs; a figure taken while others were busy says so.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Linux's clock ticks per second for /proc times; 100 on every common kernel. */
const CLOCK_TICKS = 100;

interface Sample {
  /** Seconds of CPU any core spent busy, and seconds of core time in all. */
  busy: number;
  total: number;
  /** CPU seconds of this process and its children that have ended. */
  own: number;
}

function sample(): Sample | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((sum, n) => sum + n, 0);
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // utime, stime, cutime, cstime: fields 14 to 17; count after the command name, which may hold spaces.
    const own = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 15)
      .map(Number);
    return {
      busy: (total - idle) / CLOCK_TICKS,
      total: total / CLOCK_TICKS,
      own: own.reduce((sum, n) => sum + n, 0) / CLOCK_TICKS,
    };
  } catch {
    return null;
  }
}

export interface Load {
  /** Average busy cores, everything included. */
  all: number;
  /** Average busy cores not used by this benchmark or a child it waited for. */
  others: number;
}

/** Starts a measurement; the function it returns gives the average load since, or null off Linux. */
export function busyCores(): () => Load | null {
  const before = sample();
  return () => {
    const after = sample();
    if (!before || !after || after.total === before.total) return null;
    const wall = (after.total - before.total) / cpus().length;
    const all = (after.busy - before.busy) / wall;
    return { all, others: Math.max(0, all - (after.own - before.own) / wall) };
  };
}
