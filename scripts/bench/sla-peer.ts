/**
 * The SLA bench's peer: `dayjs-business-time`, the most used business-hours package, timed on the
 * same start moments as our clock. It only counts hours in the process's own time zone, so the
 * bench runs this file in a child process with `TZ` set to the calendar's zone (see `sla-bench.ts`).
 * Reads `PeerInput` as JSON on stdin; writes `{ rate, dues, zone }` as JSON on stdout, dues in
 * epoch milliseconds.
 */
import { readFileSync } from 'node:fs';
import dayjs, { type BusinessHoursMap } from 'dayjs';
import businessTime from 'dayjs-business-time';
import type { BusinessHours } from '../../src/domain/business-calendar.ts';
import { perSecond } from './rate.ts';

export interface PeerInput {
  /** The calendar's hours: its zone is the process's. */
  hours: BusinessHours;
  /** Closed working days, `YYYY-MM-DD`. */
  holidays: string[];
  /** Start moments, epoch milliseconds. */
  starts: number[];
  minutes: number;
  runs: number;
}

dayjs.extend(businessTime);
const input = JSON.parse(readFileSync(0, 'utf8')) as PeerInput;
const { days, opens, closes } = input.hours;
const segment = [{ start: `${opens}:00`, end: `${closes}:00` }];
/** Our hours on ISO weekday `n` (1 is Monday), in the peer's terms. */
const on = (n: number) => (days.includes(n) ? segment : null);
const week: BusinessHoursMap = {
  monday: on(1),
  tuesday: on(2),
  wednesday: on(3),
  thursday: on(4),
  friday: on(5),
  saturday: on(6),
  sunday: on(7),
};
dayjs.setBusinessTime(week);
dayjs.setHolidays(input.holidays);
const due = (start: number) => dayjs(start).addBusinessMinutes(input.minutes).valueOf();
const { rate } = perSecond(input.runs, input.starts, due);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
process.stdout.write(JSON.stringify({ rate, dues: input.starts.map(due), zone }));
