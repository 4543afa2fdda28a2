/**
 * Section 3, the SLA clock: first-response due times computed per second, with the built
 * calendar (Belgian holidays included) and policy. Three sets of start moments: random moments
 * over the holiday horizon (all tiers, priorities and verdicts), the afternoon before each public
 * holiday (so the clock skips it) and the Friday afternoon before each daylight-saving change
 * (so the clock runs across it). `slaFor` includes the sentences people read; `addBusinessMinutes`
 * is the clock alone.
 */
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
import { figure } from './report.ts';
import type { SectionResult } from './report.ts';
import { median } from './stats.ts';
import { seededRandom } from './synthetic-catalogue.ts';

const SECTION = 'sla';
/** Each run repeats its set for at least this long. */
const RUN_MS = 500;

interface Case {
  at: Date;
  request: SlaRequest;
}

function randomCases(calendar: BusinessCalendar, count: number): Case[] {
  const random = seededRandom(11);
  const years = calendar.holidays.map((h) => Number(h.date.slice(0, 4)));
  const from = Date.UTC(Math.min(...years), 0, 1);
  const to = Date.UTC(Math.max(...years), 11, 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, () => ({
    at: new Date(from + Math.floor(random() * (to - from))),
    request: { tier: pick(TIER_IDS), priority: pick(PRIORITIES), verdict: pick(VERDICTS) },
  }));
}

/** The request of the holiday and DST sets: Basic's normal target, a day or more, so the clock runs past the closed day. */
const LONG: SlaRequest = { tier: 'basic', priority: 'normal', verdict: 'covered' };

/** 15:00 on the last open weekday before each weekday holiday: the clock skips the holiday. */
function holidayCases(calendar: BusinessCalendar): Case[] {
  return calendar.holidays
    .map((holiday) => DateTime.fromISO(holiday.date, { zone: calendar.zone }))
    .filter((day) => day.weekday <= 5)
    .map((day) => {
      let before = day.minus({ days: 1 });
      while (before.weekday > 5) before = before.minus({ days: 1 });
      return { at: before.set({ hour: 15 }).toJSDate(), request: LONG };
    });
}

/** 15:00 on the Friday before each daylight-saving change in the calendar's zone. */
function dstCases(calendar: BusinessCalendar): Case[] {
  const years = [...new Set(calendar.holidays.map((h) => Number(h.date.slice(0, 4))))];
  const cases: Case[] = [];
  for (const year of years) {
    for (
      let day = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: calendar.zone });
      day.year === year;
      day = day.plus({ days: 1 })
    ) {
      if (day.offset === day.plus({ days: 1 }).offset) continue;
      let friday = day;
      while (friday.weekday !== 5) friday = friday.minus({ days: 1 });
      cases.push({ at: friday.set({ hour: 15 }).toJSDate(), request: LONG });
    }
  }
  return cases;
}

/** Computations per second: the set run over and over for `RUN_MS`, `runs` times; the median. */
function perSecond(runs: number, cases: readonly Case[], compute: (c: Case) => unknown): number {
  for (const c of cases) compute(c);
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < RUN_MS) {
      for (const c of cases) compute(c);
      done += cases.length;
    }
    rates.push(done / ((performance.now() - start) / 1000));
  }
  return median(rates);
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
  const full = (c: Case) => slaFor(c.request, policy, calendar, c.at);
  const long = formatTarget(routeFor(LONG, policy).targetMinutes, calendar);
  const clock = (c: Case) => addBusinessMinutes(c.at, 960, calendar);
  const rates = {
    random: perSecond(context.runs, sets.random, full),
    holidays: perSecond(context.runs, sets.holidays, full),
    dst: perSecond(context.runs, sets.dst, full),
    clockOnly: perSecond(context.runs, sets.random, clock),
  };
  context.log(
    `sla: ${Math.round(rates.random)}/s random, ${Math.round(rates.holidays)}/s across holidays, ${Math.round(rates.dst)}/s across DST`,
  );
  return {
    figures: [
      figure(
        SECTION,
        `slaFor, random moments, all tiers/priorities/verdicts (${sets.random.length})`,
        Math.round(rates.random),
        '/s',
      ),
      figure(
        SECTION,
        `slaFor across a public holiday (${sets.holidays.length} holidays)`,
        Math.round(rates.holidays),
        '/s',
        {
          note: `each starts at 15:00 on the open day before a weekday holiday with a target of ${long}; ${skippedHoliday} of ${sets.holidays.length} skipped the holiday`,
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
      ),
    ],
    details: {
      counts: {
        random: sets.random.length,
        holidays: sets.holidays.length,
        dst: sets.dst.length,
        skippedHoliday,
        offsets,
      },
      rates,
    },
  };
}
