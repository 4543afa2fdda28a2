/**
 * Everything the intake needs at run time, read from content once per build: the catalogue,
 * the SLA policy and the business calendar, compiled with its holidays into open intervals. The
 * build publishes it as `/data/intake.json` for the wizard, the receiver and the command-line tools.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentError } from '../domain/catalogue-checks.ts';
import type { IntakeData } from '../domain/intake-data.ts';
import { checkHolidayHorizon, compileCalendar, type CalendarRules } from './calendar-compiler.ts';
import { getCatalogue } from './catalogue.ts';
import { isLanguage } from '../domain/language/languages.ts';

let cached: Promise<IntakeData> | undefined;

export function getIntakeData(): Promise<IntakeData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<IntakeData> {
  const [catalogue, policyEntry, calendarEntries, holidays, lexicon, cues, unrelated, everyday] =
    await Promise.all([
      getCatalogue(),
      getEntry('sla', 'policy'),
      getCollection('calendar'),
      getCollection('holidays'),
      getCollection('lexicon'),
      getCollection('cues'),
      getCollection('unrelated'),
      getCollection('everyday'),
    ]);
  if (!policyEntry) {
    throw new ContentError([
      { file: 'sla.yaml', field: 'policy', message: 'missing; the SLA policy lives under the key `policy`' },
    ]);
  }
  const [calendarEntry, ...extra] = calendarEntries;
  if (!calendarEntry || extra.length > 0) {
    throw new ContentError([
      {
        file: 'calendar.yaml',
        field: '(file)',
        message: 'expected exactly one calendar entry (e.g. `brussels:`)',
      },
    ]);
  }
  const { holidaySource: _source, ...hours } = calendarEntry.data;
  const rules: CalendarRules = {
    ...hours,
    holidays: holidays
      .map((entry) => ({ date: entry.data.date, name: entry.data.name }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
  const horizonProblem = checkHolidayHorizon(rules, new Date());
  if (horizonProblem)
    throw new ContentError([{ file: 'calendar.yaml', field: 'holidays', message: horizonProblem }]);
  return {
    catalogue,
    policy: policyEntry.data,
    calendar: compileCalendar(rules),
    lexicon: lexicon.map((entry) => entry.data.terms),
    cues: {
      aside: cues.find((entry) => entry.id === 'aside')?.data.phrases ?? [],
      focus: cues.find((entry) => entry.id === 'focus')?.data.phrases ?? [],
    },
    unrelated: unrelated.flatMap((entry) => entry.data.examples),
    everyday: Object.fromEntries(
      everyday.filter((entry) => isLanguage(entry.id)).map((entry) => [entry.id, entry.data.words]),
    ),
  };
}
