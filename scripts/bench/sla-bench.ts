/**
 * Section 3, the SLA clock: first-response due times computed per second, with the built
 * calendar (compiled open intervals, Belgian holidays included) and policy. Three sets of start
 * moments: random moments over the compiled span (all tiers, priorities and verdicts), the
 * afternoon before each weekday public holiday (so the clock skips it) and the Friday afternoon
 * before each daylight-saving change (so the clock runs across it). `slaFor` includes the
 * sentences people read; `addBusinessMinutes` is the clock alone, and runs beside the peer
 * `dayjs-business-time` on the same moments (in a child process with `TZ` set to the calendar's
 * zone, the only zone it counts in), with the ratio and the number of due times that differ.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { TIER_IDS } from '../../src/domain/catalogue.ts';
import { VERDICTS } from '../../src/domain/coverage.ts';
import { addBusinessMinutes } from '../../src/domain/business-calendar.ts';
import type { BusinessCalendar } from '../../src/domain/business-calendar.ts';
import { PRIORITIES } from '../../src/domain/priority.ts';
import { routeFor, slaFor } from '../../src/domain/sla.ts';
import { formatTarget } from '../../src/domain/sla-text.ts';
import type { SlaRequest } from '../../src/domain/sla.ts';
import { readBuiltData } from './context.ts';
import type { BenchContext } from './context.ts';
import { perSecond } from './rate.ts';
import { figure } from './report.ts';
import type { SectionResult } from './report.ts';
import type { PeerInput } from './sla-peer.ts';
import { seededRandom } from './synthetic-catalogue.ts';

const SECTION = 'sla';
const MINUTE = 60_000;
/** Goals: the clock alone, and the clock against the peer in the same run. */
const CLOCK_GOAL = 1_000_000;
const RATIO_GOAL = 50;
/** `slaFor` (the clock, ISO strings and the sentences) within an order of magnitude of the clock's goal. */
const SLA_GOAL = 100_000;
/** The clock-alone and peer cases: 2 business days (Basic's normal target). */
const CLOCK_MINUTES = 960;

interface Case {
  at: Date;
  request: SlaRequest;
}

/** Random whole minutes from the span's start to a month before its end, so every clock ends inside it. */
function randomCases(calendar: BusinessCalendar, count: number): Case[] {
  const random = seededRandom(11);
  const from = calendar.span[0] * MINUTE;
  const to = (calendar.span[1] - 31 * 1440) * MINUTE;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, () => ({
    at: new Date(from + Math.floor((random() * (to - from)) / MINUTE) * MINUTE),
    request: { tier: pick(TIER_IDS), priority: pick(PRIORITIES), verdict: pick(VERDICTS) },
  }));
}

/** The request of the holiday and DST sets: Basic's normal target, a day or more, so the clock runs past the closed day. */
const LONG: SlaRequest = { tier: 'basic', priority: 'normal', verdict: 'covered' };

/** 15:00 on the weekday before each public holiday on a working day: the clock skips the holiday. */
function holidayCases(calendar: BusinessCalendar): Case[] {
  return calendar.closed
    .filter((day) => day.reason === 'holiday')
    .map((holiday) => {
      let before = DateTime.fromISO(holiday.date, { zone: calendar.zone }).minus({ days: 1 });
      while (before.weekday > 5) before = before.minus({ days: 1 });
      return { at: before.set({ hour: 15 }).toJSDate(), request: LONG };
    })
    .filter((c) => c.at.getTime() >= calendar.span[0] * MINUTE);
}

/** 15:00 on the Friday before each daylight-saving change in the span (the compiled offsets list them). */
function dstCases(calendar: BusinessCalendar): Case[] {
  const changes = calendar.offsets.filter((_, i) => i >= 2 && i % 2 === 0);
  return changes
    .map((minute) => {
      let friday = DateTime.fromMillis(minute * MINUTE, { zone: calendar.zone });
      while (friday.weekday !== 5) friday = friday.minus({ days: 1 });
      return { at: friday.set({ hour: 15, minute: 0 }).toJSDate(), request: LONG };
    })
    .filter((c) => c.at.getTime() >= calendar.span[0] * MINUTE);
}

/** The peer on the same start moments, in its own process in the calendar's zone. */
function runPeer(input: PeerInput, zone: string): { rate: number; dues: number[]; zone: string } {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, 'sla-peer.ts')], {
    input: JSON.stringify(input),
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`dayjs-business-time run failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as { rate: number; dues: number[]; zone: string };
}

export function slaBench(context: BenchContext): SectionResult {
  const { policy, calendar } = readBuiltData(context);
  const sets = {
    random: randomCases(calendar, 2000),
    holidays: holidayCases(calendar),
    dst: dstCases(calendar),
  };
  const skippedHoliday = sets.holidays.filter((c) =>
    slaFor(c.request, policy, calendar, c.at).skipped.some((d) => d.reason === 'holiday'),
  ).length;
  const offsets = sets.dst.filter((c) => {
    const sla = slaFor(c.request, policy, calendar, c.at);
    return sla.clockStarted.slice(-6) !== sla.firstResponseDue.slice(-6);
  }).length;
  const full = (c: Case) => slaFor(c.request, policy, calendar, c.at).firstResponseDue.length;
  const long = formatTarget(routeFor(LONG, policy).targetMinutes, calendar);
  const clock = (c: Case) => addBusinessMinutes(c.at, CLOCK_MINUTES, calendar).due;
  const rates = {
    random: perSecond(context.runs, sets.random, full).rate,
    holidays: perSecond(context.runs, sets.holidays, full).rate,
    dst: perSecond(context.runs, sets.dst, full).rate,
    clockOnly: perSecond(context.runs, sets.random, clock).rate,
  };
  const peer = runPeer(
    {
      hours: { zone: calendar.zone, days: calendar.days, opens: calendar.opens, closes: calendar.closes },
      holidays: calendar.closed.map((day) => day.date),
      starts: sets.random.map((c) => c.at.getTime()),
      minutes: CLOCK_MINUTES,
      runs: context.runs,
    },
    calendar.zone,
  );
  const mismatches = sets.random.filter((c, i) => clock(c) !== peer.dues[i]).length;
  const ratio = rates.clockOnly / peer.rate;
  context.log(
    `sla: ${Math.round(rates.random)}/s random, ${Math.round(rates.holidays)}/s across holidays, ${Math.round(rates.dst)}/s across DST`,
  );
  context.log(
    `sla: addBusinessMinutes ${Math.round(rates.clockOnly)}/s, dayjs-business-time ${Math.round(peer.rate)}/s (${peer.zone}), ${ratio.toFixed(1)}×, ${mismatches} due times differ`,
  );
  return {
    figures: [
      figure(
        SECTION,
        `slaFor, random moments, all tiers/priorities/verdicts (${sets.random.length})`,
        Math.round(rates.random),
        '/s',
        { goal: { op: '>=', target: SLA_GOAL } },
      ),
      figure(
        SECTION,
        `slaFor across a public holiday (${sets.holidays.length} holidays)`,
        Math.round(rates.holidays),
        '/s',
        {
          note: `each starts at 15:00 on the weekday before a weekday holiday with a target of ${long}; ${skippedHoliday} of ${sets.holidays.length} skipped the holiday`,
        },
      ),
      figure(
        SECTION,
        `slaFor across a DST change (${sets.dst.length} changes)`,
        Math.round(rates.dst),
        '/s',
        {
          note: `each starts at 15:00 on the Friday before a change with a target of ${long}; ${offsets} of ${sets.dst.length} started and ended on different UTC offsets`,
        },
      ),
      figure(
        SECTION,
        'addBusinessMinutes alone, 2 business days, random moments',
        Math.round(rates.clockOnly),
        '/s',
        { goal: { op: '>=', target: CLOCK_GOAL } },
      ),
      figure(
        SECTION,
        `dayjs-business-time addBusinessMinutes, same moments, TZ=${calendar.zone}`,
        Math.round(peer.rate),
        '/s',
        {
          note: `the peer in a child process with TZ=${peer.zone}, the only zone it counts in; ${mismatches} of ${sets.random.length} due times differ from ours`,
        },
      ),
      figure(SECTION, 'addBusinessMinutes ÷ dayjs-business-time', Number(ratio.toFixed(1)), '×', {
        goal: { op: '>=', target: RATIO_GOAL },
      }),
    ],
    details: {
      counts: {
        random: sets.random.length,
        holidays: sets.holidays.length,
        dst: sets.dst.length,
        skippedHoliday,
        offsets,
        mismatches,
      },
      rates: { ...rates, peer: peer.rate, ratio },
    },
  };
}
